import { describe, expect, it } from 'vitest';
import { FeedFetchError } from './feed-fetch-error';
import { type FeedState, feedStateSchema, initialFeedState } from './feed-state';
import type { FetchFeedParams, FetchFeedResult, NewsSource } from './news-source.port';
import { pollFeed } from './poll-feed';

const now = new Date('2025-01-27T12:00:00Z');
const minute = 60_000;
const schedule = { baseMs: 10 * minute, maxMs: 24 * 60 * minute };
const feed = new TextEncoder().encode(
  '<rss version="2.0"><channel><title>Fake</title><item><title>One</title>' +
    '<link>https://fake.example.com/1</link><pubDate>Mon, 27 Jan 2025 11:00:00 GMT</pubDate></item></channel></rss>',
);

class FakeSource implements NewsSource {
  readonly calls: FetchFeedParams[] = [];
  constructor(private readonly answer: () => FetchFeedResult) {}
  async fetchFeed(params: FetchFeedParams): Promise<FetchFeedResult> {
    this.calls.push(params);
    return this.answer();
  }
}

function fetched(bytes: Uint8Array, etag?: string): FetchFeedResult {
  return {
    kind: 'fetched',
    url: 'https://fake.example.com/feed',
    status: 200,
    fetchedAt: now.toISOString(),
    bytes,
    contentType: 'application/rss+xml',
    etag,
    lastModified: undefined,
  };
}

const start = (): FeedState =>
  initialFeedState({ feedKey: 'fake', url: 'https://fake.example.com/feed', now });

describe('pollFeed', () => {
  it('reads a feed and schedules the next poll at the jittered base interval', async () => {
    const result = await pollFeed({
      source: new FakeSource(() => fetched(feed, '"e1"')),
      state: start(),
      schedule,
      now: () => now,
      random: () => 0,
    });
    expect(result.outcome).toBe('updated');
    if (result.outcome === 'updated') expect(result.articles[0]?.title).toBe('One');
    // random 0 -> half of the 10-minute base.
    expect(result.state).toMatchObject({
      status: 'ok',
      etag: '"e1"',
      httpStatus: 200,
      lastSuccessAt: '2025-01-27T12:00:00.000Z',
      nextCheckAt: '2025-01-27T12:05:00.000Z',
    });
    expect(feedStateSchema.parse(result.state)).toEqual(result.state);
  });

  it('sends the stored validators and keeps them on a 304', async () => {
    const source = new FakeSource(() => ({
      kind: 'not-modified',
      url: 'https://fake.example.com/feed',
      fetchedAt: now.toISOString(),
      etag: undefined,
      lastModified: undefined,
    }));
    const state = { ...start(), etag: '"e1"', lastModified: 'Mon, 27 Jan 2025 10:00:00 GMT' };
    const result = await pollFeed({ source, state, schedule, now: () => now, random: () => 0 });
    expect(source.calls[0]).toMatchObject({
      etag: '"e1"',
      lastModified: 'Mon, 27 Jan 2025 10:00:00 GMT',
    });
    expect(result.outcome).toBe('not-modified');
    expect(result.state).toMatchObject({
      etag: '"e1"',
      lastModified: 'Mon, 27 Jan 2025 10:00:00 GMT',
    });
  });

  it('backs off after repeated failures and keeps the old validators', async () => {
    const source = new FakeSource(() =>
      fetched(new TextEncoder().encode('<html><body>oops</body></html>'), '"new"'),
    );
    let state: FeedState = { ...start(), etag: '"old"' };
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await pollFeed({ source, state, schedule, now: () => now, random: () => 0 });
      state = result.state;
      waits.push((Date.parse(state.nextCheckAt) - now.getTime()) / minute);
    }
    // errorCount 1, 2, 3 -> half of 10 * 2^n minutes: 10, 20, 40.
    expect(waits).toEqual([10, 20, 40]);
    expect(state).toMatchObject({
      status: 'failed',
      errorCount: 3,
      errorKind: 'not-a-feed',
      etag: '"old"',
    });
  });

  it('a success after failures resets the count', async () => {
    const failed = {
      ...start(),
      status: 'failed' as const,
      errorCount: 4,
      errorKind: 'timeout' as const,
    };
    const result = await pollFeed({
      source: new FakeSource(() => fetched(feed)),
      state: failed,
      schedule,
      random: () => 0.5,
    });
    expect(result.state).toMatchObject({
      status: 'ok',
      errorCount: 0,
      errorKind: null,
      errorMessage: null,
    });
  });

  it('lets a programming error through instead of calling it a feed failure', async () => {
    const source: NewsSource = {
      fetchFeed: async () => {
        throw new TypeError('bug');
      },
    };
    await expect(pollFeed({ source, state: start() })).rejects.toThrow('bug');
    const classified: NewsSource = {
      fetchFeed: async () => {
        throw new FeedFetchError('timeout', 'slow');
      },
    };
    expect((await pollFeed({ source: classified, state: start() })).outcome).toBe('failed');
  });
});
