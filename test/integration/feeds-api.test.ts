import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { defaultFeeds } from '../../server/src/features/feeds/default-feeds';
import { seedDefaultFeeds } from '../../server/src/features/feeds/feeds.service';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

const token = 'feeds-admin-token-0123456789';
let deps: TestDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await freshDeps({ adminToken: token });
  await seedDefaultFeeds(deps.store.db);
  app = createApp(deps);
});
afterAll(() => deps?.cleanup());

type Feed = { id: string; url: string; title: string; enabled: boolean; status: string };
type Body = {
  feeds?: Feed[];
  feed?: Feed;
  deleted?: string;
  error?: { code: string; message: string };
};

async function call(method: string, path: string, body?: unknown, auth = true) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth) headers.authorization = `Bearer ${token}`;
  const res = await app.request(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

describe(`feeds API on ${storeKind}`, () => {
  it('lists the default feeds, each pending until polled', async () => {
    const { status, body } = await call('GET', '/api/feeds', undefined, false);
    expect(status).toBe(200);
    const ids = body.feeds?.map((f) => f.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['techcrunch', 'wired', 'arstechnica', 'theverge']));
    expect(ids).toHaveLength(defaultFeeds.length);
    expect(body.feeds?.every((f) => f.status === 'pending' && f.enabled)).toBe(true);
  });

  it('refuses writes without the admin token', async () => {
    const { status } = await call(
      'POST',
      '/api/feeds',
      { id: 'x', title: 'X', url: 'https://x.example/feed' },
      false,
    );
    expect(status).toBe(401);
  });

  it('answers 400 with the fields named for a bad feed', async () => {
    const { status, body } = await call('POST', '/api/feeds', {
      id: 'Not A Key',
      title: '',
      url: 'ftp://example.com/feed',
    });
    expect(status).toBe(400);
    expect(body.error?.code).toBe('bad_request');
    expect(body.error?.message).toMatch(/id:/);
    expect(body.error?.message).toMatch(/url:/);
    expect(body.error?.message).toMatch(/title:/);
  });

  it('adds, updates and removes a feed', async () => {
    const added = await call('POST', '/api/feeds', {
      id: 'example-ai',
      title: 'Example AI',
      url: 'https://news.example.com/ai.xml',
    });
    expect(added.status).toBe(201);
    expect(added.body.feed).toMatchObject({ id: 'example-ai', status: 'pending', enabled: true });

    const again = await call('POST', '/api/feeds', {
      id: 'other',
      title: 'Same URL',
      url: 'https://news.example.com/ai.xml',
    });
    expect(again.status).toBe(409);

    const off = await call('PATCH', '/api/feeds/example-ai', { enabled: false });
    expect(off.status).toBe(200);
    expect(off.body.feed?.enabled).toBe(false);

    expect((await call('PATCH', '/api/feeds/example-ai', {})).status).toBe(400);
    expect((await call('PATCH', '/api/feeds/nope', { enabled: true })).status).toBe(404);

    const removed = await call('DELETE', '/api/feeds/example-ai');
    expect(removed).toEqual({ status: 200, body: { deleted: 'example-ai' } });
    expect((await call('DELETE', '/api/feeds/example-ai')).status).toBe(404);
  });

  it('does not bring back a default feed the user removed', async () => {
    expect((await call('DELETE', '/api/feeds/theverge')).status).toBe(200);
    expect(await seedDefaultFeeds(deps.store.db)).toEqual([]);
    const { body } = await call('GET', '/api/feeds');
    expect(body.feeds?.map((f) => f.id)).not.toContain('theverge');
  });

  it('documents its operations in the OpenAPI document', async () => {
    const res = await app.request('/api/openapi.json');
    const doc = (await res.json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/api/feeds'] ?? {})).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/feeds/{id}'] ?? {}).sort()).toEqual(['delete', 'patch']);
  });
});
