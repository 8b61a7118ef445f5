import { feedsResponseSchema, healthResponseSchema } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { findFeed, saveFeedState } from '../../server/src/features/feeds/feeds.repo';
import { FeedFetchError } from '../../server/src/features/news/feed-fetch-error';
import { recordFailure } from '../../server/src/features/news/feed-state';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

// Issue 16, item 4: GET /api/feeds returned `user:pass@` and `?apikey=`, fetch errors quoted the
// whole URL, and /api/health showed them to anyone, even with AUTH_READ_TOKEN set.
const admin = 'secrets-admin-token-0123456789';
const reader = 'secrets-read-token-0123456789';
const secretUrl = 'https://alice:hunter2@news.example.com/ai.xml?apikey=S3CRETKEY&lang=en';
const shown = 'https://***:***@news.example.com/ai.xml?apikey=***&lang=en';
const secrets = ['hunter2', 'S3CRETKEY', 'alice'];

let deps: TestDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await freshDeps({ adminToken: admin });
  app = createApp({ ...deps, readToken: reader });
});
afterAll(() => deps?.cleanup());

const get = (path: string, token: string | null) =>
  app.request(path, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe(`feed credentials stay in the store on ${storeKind}`, () => {
  it('stores the URL whole but shows it masked in answers, errors and health', async () => {
    const added = await app.request('/api/feeds', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ id: 'secret-feed', title: 'Secret feed', url: secretUrl }),
    });
    expect(added.status).toBe(201);
    const addedText = await added.text();
    for (const s of secrets) expect(addedText).not.toContain(s);
    expect(JSON.parse(addedText).feed.url).toBe(shown);

    const stored = await findFeed(deps.store.db, 'secret-feed');
    expect(stored?.url).toBe(secretUrl);

    // A failure whose message quotes the full URL, as the fetch's messages do.
    const error = new FeedFetchError('redirect-loop', `redirect loop back to ${secretUrl}`);
    expect(error.message).toBe(`redirect loop back to ${shown}`);
    if (!stored) throw new Error('feed not stored');
    await saveFeedState(
      deps.store.db,
      recordFailure({ state: stored.state, now: new Date(), error, random: 0.5 }),
    );
    deps.sources.report({
      source: 'secret-feed',
      kind: 'news',
      state: 'failing',
      message: `HTTP 401 from ${secretUrl}`,
      lastAttemptAt: null,
      nextAttemptAt: null,
    });

    const list = await get('/api/feeds', reader);
    const listText = await list.text();
    for (const s of secrets) expect(listText).not.toContain(s);
    const feed = feedsResponseSchema
      .parse(JSON.parse(listText))
      .feeds.find((f) => f.id === 'secret-feed');
    expect(feed?.url).toBe(shown);
    expect(feed?.errorMessage).toBe(`redirect loop back to ${shown}`);

    const detailed = await get('/api/health', reader);
    const detailedText = await detailed.text();
    for (const s of secrets) expect(detailedText).not.toContain(s);
    const health = healthResponseSchema.parse(JSON.parse(detailedText));
    const source = health.sources.find((x) => x.source === 'secret-feed');
    expect(source?.message).toBe(`HTTP 401 from ${shown}`);
  });

  it('shows per-source state only to callers the read token admits; counts to everyone', async () => {
    const anonymous = await get('/api/health', null);
    expect(anonymous.status).toBe(200);
    const text = await anonymous.text();
    expect(text).not.toContain('secret-feed');
    expect(text).not.toContain('news.example.com');
    const open = healthResponseSchema.parse(JSON.parse(text));
    expect(open.sources).toEqual([]);
    // The one source reported failing above is counted, without its name.
    expect(open.sourceCounts.failing).toBeGreaterThanOrEqual(1);
    expect(open.status).toBe('degraded');

    const wrong = healthResponseSchema.parse(
      await (await get('/api/health', 'not-the-token')).json(),
    );
    expect(wrong.sources).toEqual([]);
    const withAdmin = healthResponseSchema.parse(await (await get('/api/health', admin)).json());
    expect(withAdmin.sources.map((s) => s.source)).toContain('secret-feed');
  });
});
