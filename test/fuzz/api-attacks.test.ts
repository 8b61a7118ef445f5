import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { repoRoot } from '../../server/src/env';
import { OutboundPolicy, type ResolvedAddress } from '../../server/src/http/outbound-policy';
import { freshDeps, type TestDeps } from '../support/test-store';

const TOKEN = 'attack-admin-token-0123456789';
let deps: TestDeps;

beforeAll(async () => {
  deps = await freshDeps({ adminToken: TOKEN });
  const dns: Record<string, string[]> = {
    'rebind.attack': ['93.184.215.14', '127.0.0.1'],
    'metadata.attack': ['169.254.169.254'],
    'v6.attack': ['fd00:ec2::254'],
    'mapped.attack': ['::ffff:192.168.1.1'],
    'news.example': ['93.184.215.14'],
  };
  deps.feedPolicy = new OutboundPolicy({
    resolve: async (host): Promise<ResolvedAddress[]> => {
      const found = dns[host];
      if (!found) throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    },
  });
});
afterAll(() => deps?.cleanup());

type Json = { error?: { code: string; message: string } };
const json = async (res: Response): Promise<Json> => (await res.json()) as Json;

/** Every route the server has that is not a read: taken from the app, so a new one is covered. */
function writeRoutes(): { method: string; path: string }[] {
  const app = createApp(deps, { rateLimits: false });
  const routes = app.routes
    .filter((r) => r.method !== 'GET' && r.method !== 'ALL' && r.path.startsWith('/api'))
    .map((r) => ({ method: r.method, path: r.path.replace(':id', 'some-id') }));
  return [...new Map(routes.map((r) => [`${r.method} ${r.path}`, r])).values()];
}

describe('access: every write needs the admin token', () => {
  it('finds the write routes (feeds, companies, events)', () => {
    expect(writeRoutes().map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'POST /api/companies',
        'POST /api/events',
        'POST /api/feeds',
        'PATCH /api/feeds/some-id',
        'DELETE /api/feeds/some-id',
      ]),
    );
  });

  it('refuses each without a token, with a wrong one and with a malformed header (401)', async () => {
    const app = createApp(deps, { rateLimits: false });
    for (const route of writeRoutes()) {
      for (const authorization of [
        null,
        'Bearer wrong-token-0123456789',
        `Bearer ${TOKEN}-`,
        `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}`,
        TOKEN,
      ]) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (authorization) headers.authorization = authorization;
        const res = await app.request(route.path, { method: route.method, headers, body: '{}' });
        const where = `${route.method} ${route.path} with ${authorization}`;
        expect(res.status, where).toBe(401);
        expect(res.headers.get('www-authenticate'), where).toBe('Bearer realm="aftershock"');
        expect((await json(res)).error?.code, where).toBe('unauthorized');
      }
    }
  });

  it('refuses every write when no ADMIN_TOKEN is set, saying how to set one (403)', async () => {
    const app = createApp({ ...deps, adminToken: undefined }, { rateLimits: false });
    for (const route of writeRoutes()) {
      const res = await app.request(route.path, {
        method: route.method,
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(403);
      const body = await json(res);
      expect(body.error?.code).toBe('writes_disabled');
      expect(body.error?.message).toMatch(/set ADMIN_TOKEN \(at least 16 characters\)/);
      expect(body.error?.message).toMatch(/Authorization: Bearer <token>/);
    }
  });
});

describe('outbound: a feed on a private address is refused when it is added or moved', () => {
  const post = (url: string) =>
    createApp(deps, { rateLimits: false }).request('/api/feeds', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: `f-${Math.random().toString(36).slice(2, 8)}`, title: 'F', url }),
    });

  it('answers 400 url_refused with the reason and the setting that allows it', async () => {
    const cases: [string, RegExp][] = [
      ['http://127.0.0.1:8787/api/feeds', /127\.0\.0\.1 is a loopback address/],
      ['http://[::1]/feed', /\[::1\] is a loopback address/],
      ['http://169.254.169.254/latest/meta-data/', /is a metadata address/],
      ['http://0x7f.1/feed', /127\.0\.0\.1 is a loopback address/],
      ['http://[::ffff:10.0.0.1]/feed', /is a private address/],
      ['http://localhost/feed', /is this machine/],
      ['https://rebind.attack/feed', /\(127\.0\.0\.1\) is a loopback address/],
      ['https://metadata.attack/feed', /\(169\.254\.169\.254\) is a metadata address/],
      ['https://v6.attack/feed', /\(fd00:ec2::254\) is a metadata address/],
      ['https://mapped.attack/feed', /\(::ffff:192\.168\.1\.1\) is a private address/],
    ];
    for (const [url, reason] of cases) {
      const res = await post(url);
      const body = await json(res);
      expect(res.status, url).toBe(400);
      expect(body.error?.code, url).toBe('url_refused');
      expect(body.error?.message, url).toMatch(reason);
      expect(body.error?.message, url).toMatch(/ALLOW_PRIVATE_FEEDS/);
    }
  });

  it('accepts a public feed, then refuses moving it to a private address', async () => {
    const res = await post('https://news.example/ai.xml');
    expect(res.status).toBe(201);
    const { feed } = (await res.json()) as { feed: { id: string } };
    const moved = await createApp(deps, { rateLimits: false }).request(`/api/feeds/${feed.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://metadata.attack/latest' }),
    });
    expect(moved.status).toBe(400);
    expect((await json(moved)).error?.code).toBe('url_refused');
  });

  it('refuses other schemes at validation (400)', async () => {
    for (const url of ['file:///etc/passwd', 'gopher://x.example/', 'javascript:alert(1)']) {
      expect((await post(url)).status, url).toBe(400);
    }
  });
});

describe('inbound: no file outside the web build, no cross-origin reads', () => {
  const index = path.join(repoRoot, 'web/dist/index.html');

  it.skipIf(!existsSync(index))(
    'traversal in paths answers the app page, never a file',
    async () => {
      const app = createApp(deps, { rateLimits: false });
      const page = readFileSync(index, 'utf8');
      for (const p of [
        '/assets/..%2f..%2fpackage.json',
        '/assets/%2e%2e/%2e%2e/package.json',
        '/..%2f..%2fpackage.json',
        '/%2e%2e/%2e%2e/etc/passwd',
        '/.env',
        '/server/src/env.ts',
      ]) {
        const res = await app.request(p);
        const text = await res.text();
        expect(text, p).not.toMatch(/"packageManager"|root:x:0:0|loadEnv/);
        if (res.status === 200) expect(text, p).toBe(page);
      }
    },
  );

  it('sends no CORS grant, so another site cannot read the API from a browser', async () => {
    const res = await createApp(deps).request('/api/companies', {
      headers: { origin: 'https://evil.example' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps a prototype key out of a write (strict bodies)', async () => {
    const res = await createApp(deps, { rateLimits: false }).request('/api/events', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: '{"__proto__":{"admin":true},"occurredAt":"2025-01-27","title":"abc","tickers":["NVDA"]}',
    });
    expect(res.status).toBe(400);
    expect(Object.prototype).not.toHaveProperty('admin');
  });
});
