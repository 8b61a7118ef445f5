import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { seedDefaultFeeds } from '../../server/src/features/feeds/feeds.service';
import { SourceRegistry } from '../../server/src/features/health/source-registry';
import { FeedFetchError } from '../../server/src/features/news/feed-fetch-error';
import { pollFeedsOnce } from '../../server/src/features/news/ingest-live.service';
import type {
  FetchFeedParams,
  FetchFeedResult,
  NewsSource,
} from '../../server/src/features/news/news-source.port';
import { createTagger } from '../../server/src/features/news/tagging';
import { createLogger } from '../../server/src/logger';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = readFileSync(path.resolve(here, '../fixtures/feeds/one-line.xml'));

/** A machine with no network, except one feed answered from a fixture of the project's own. */
class OfflineSource implements NewsSource {
  constructor(private readonly reachable: string) {}
  async fetchFeed(params: FetchFeedParams): Promise<FetchFeedResult> {
    if (params.url === this.reachable) {
      return {
        kind: 'fetched',
        url: params.url,
        status: 200,
        fetchedAt: '2025-01-27T15:00:00.000Z',
        bytes: new Uint8Array(fixture),
        contentType: 'application/rss+xml',
        etag: '"v1"',
        lastModified: undefined,
      };
    }
    throw new FeedFetchError('network-unreachable', 'fetch failed (ENOTFOUND)', {
      url: params.url,
    });
  }
}

let deps: TestDeps;
const now = new Date('2025-01-27T15:00:00Z');

beforeAll(async () => {
  deps = await freshDeps();
  await seedDefaultFeeds(deps.store.db);
});
afterAll(() => deps?.cleanup());

describe(`one poll of the feeds with no network on ${storeKind}`, () => {
  let reachable = '';

  it('leaves each unreachable feed failed with its reason and next try, the others unharmed', async () => {
    const feeds = await deps.store.db.selectFrom('feeds').select(['id', 'url']).execute();
    reachable = feeds.find((f) => f.id === 'wired')?.url ?? '';
    const result = await pollFeedsOnce({
      db: deps.store.db,
      source: new OfflineSource(reachable),
      tagger: createTagger(),
      sources: deps.sources,
      now: () => now,
      random: () => 0,
    });
    expect(result.feeds).toHaveLength(feeds.length);
    const failed = result.feeds.filter((f) => f.outcome === 'failed');
    expect(failed).toHaveLength(feeds.length - 1);
    // Backoff after one failure with random 0: min(24 h, 15 min * 2^1) * 1/2 = 15 minutes.
    expect(failed.every((f) => f.nextCheckAt === '2025-01-27T15:15:00.000Z')).toBe(true);
    const wired = result.feeds.find((f) => f.feedId === 'wired');
    expect(wired?.outcome).toBe('updated');
    // A healthy feed: 15 min * 2^0 * (1/2 + 0/2) = 7.5 minutes.
    expect(wired?.nextCheckAt).toBe('2025-01-27T15:07:30.000Z');
    expect(wired?.stored?.inserted).toBeGreaterThan(0);
  });

  it('shows every feed’s state in GET /api/feeds', async () => {
    const res = await createApp(deps).request('/api/feeds');
    const { feeds } = (await res.json()) as {
      feeds: {
        id: string;
        status: string;
        errorKind: string | null;
        errorMessage: string | null;
        nextCheckAt: string;
        errorCount: number;
        articleCount: number;
      }[];
    };
    const tc = feeds.find((f) => f.id === 'techcrunch');
    expect(tc).toMatchObject({
      status: 'failed',
      errorKind: 'network-unreachable',
      errorCount: 1,
      nextCheckAt: '2025-01-27T15:15:00.000Z',
    });
    expect(tc?.errorMessage).toMatch(/ENOTFOUND/);
    expect(feeds.find((f) => f.id === 'wired')).toMatchObject({ status: 'ok', errorKind: null });
    expect(feeds.find((f) => f.id === 'wired')?.articleCount).toBeGreaterThan(0);
  });

  it('reports the unreachable feeds as offline in /api/health', async () => {
    const res = await createApp(deps).request('/api/health');
    const health = (await res.json()) as {
      status: string;
      sources: { source: string; kind: string; state: string; message: string | null }[];
    };
    expect(health.status).toBe('degraded');
    const tc = health.sources.find((s) => s.kind === 'news' && s.source === 'techcrunch');
    expect(tc?.state).toBe('offline');
    expect(tc?.message).toMatch(/network-unreachable.*next try 2025-01-27T15:15:00.000Z/);
    expect(health.sources.find((s) => s.kind === 'news' && s.source === 'wired')?.state).toBe('ok');
  });

  it('polls only the feeds that are due on the schedule', async () => {
    const result = await pollFeedsOnce({
      db: deps.store.db,
      source: new OfflineSource(reachable),
      tagger: createTagger(),
      dueOnly: true,
      now: () => new Date('2025-01-27T15:05:00Z'),
    });
    expect(result.feeds).toEqual([]);
  });
});

describe(`the log of a server with no network on ${storeKind}`, () => {
  it('says once that a feed is unreachable, not at every poll, and once that it is back', async () => {
    // A real pino logger writing to memory: what an operator would read.
    const lines: { level: string; msg: string }[] = [];
    const names: Record<number, string> = { 20: 'debug', 30: 'info', 40: 'warn', 50: 'error' };
    const log = createLogger('debug', {
      write: (line: string) => {
        const record: unknown = JSON.parse(line);
        const field = (key: string) =>
          typeof record === 'object' && record !== null && key in record
            ? String(Reflect.get(record, key))
            : '';
        lines.push({ level: names[Number(field('level'))] ?? field('level'), msg: field('msg') });
      },
    });
    const sources = new SourceRegistry(log);
    const own = await freshDeps();
    try {
      await seedDefaultFeeds(own.store.db);
      const feeds = await own.store.db.selectFrom('feeds').select(['id', 'url']).execute();
      const wired = feeds.find((f) => f.id === 'wired')?.url ?? '';
      const poll = (source: NewsSource, at: string) =>
        pollFeedsOnce({
          db: own.store.db,
          source,
          tagger: createTagger(),
          sources,
          log,
          now: () => new Date(at),
          random: () => 0,
        });
      await poll(new OfflineSource(wired), '2025-01-27T15:00:00Z');
      await poll(new OfflineSource(wired), '2025-01-27T16:00:00Z');
      await poll(new OfflineSource(wired), '2025-01-27T17:00:00Z');
      const unreachable = lines.filter((l) => l.level === 'warn');
      // One warning per unreachable feed over three failed polls: every feed but WIRED.
      expect(unreachable).toHaveLength(feeds.length - 1);
      expect(unreachable.every((l) => / unreachable: network-unreachable/.test(l.msg))).toBe(true);
      const online = new OfflineSource('');
      online.fetchFeed = async (params) => ({
        kind: 'fetched',
        url: params.url,
        status: 200,
        fetchedAt: '2025-01-27T18:00:00.000Z',
        bytes: new Uint8Array(fixture),
        contentType: 'application/rss+xml',
        etag: '"v2"',
        lastModified: undefined,
      });
      await poll(online, '2025-01-27T18:00:00Z');
      const back = lines.filter((l) => l.level === 'info' && /reachable again/.test(l.msg));
      expect(back).toHaveLength(feeds.length - 1);
      expect(lines.filter((l) => l.level === 'warn')).toHaveLength(feeds.length - 1);
    } finally {
      await own.cleanup();
    }
  });
});
