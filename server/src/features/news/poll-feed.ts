import { type FeedFetchError, isFeedFetchError } from './feed-fetch-error';
import { readFeedBody } from './feed-pipeline';
import { type FeedSchedule, type FeedState, recordFailure, recordSuccess } from './feed-state';
import type { NewsSource } from './news-source.port';
import type { NormalisedArticle, SkippedItem } from './normalise';

export interface PollFeedParams {
  source: NewsSource;
  state: FeedState;
  schedule?: FeedSchedule;
  timeoutMs?: number;
  signal?: AbortSignal;
  now?: () => Date;
  random?: () => number;
}

export type PollFeedResult =
  | {
      outcome: 'updated';
      state: FeedState;
      source: string;
      articles: NormalisedArticle[];
      skipped: SkippedItem[];
    }
  | { outcome: 'not-modified'; state: FeedState }
  | { outcome: 'failed'; state: FeedState; error: FeedFetchError };

/**
 * One poll of one feed: conditional fetch, then decode, parse and normalise, and the feed's next
 * state. A classified failure never escapes: it comes back as `failed` with the reason in the
 * state, so one broken feed cannot stop the others. Anything else is a bug and is thrown.
 */
export async function pollFeed(params: PollFeedParams): Promise<PollFeedResult> {
  const { source, state } = params;
  const now = params.now ?? (() => new Date());
  const random = params.random ?? Math.random;
  const transition = { state, schedule: params.schedule };
  try {
    const result = await source.fetchFeed({
      url: state.url,
      etag: state.etag,
      lastModified: state.lastModified,
      ...(params.timeoutMs === undefined ? {} : { timeoutMs: params.timeoutMs }),
      ...(params.signal === undefined ? {} : { signal: params.signal }),
    });
    if (result.kind === 'not-modified') {
      const next = recordSuccess({ ...transition, now: now(), result, random: random() });
      return { outcome: 'not-modified', state: next };
    }
    const read = await readFeedBody({
      bytes: result.bytes,
      contentType: result.contentType,
      feedKey: state.feedKey,
      feedUrl: result.url,
      fetchedAt: result.fetchedAt,
    });
    const next = recordSuccess({ ...transition, now: now(), result, random: random() });
    return {
      outcome: 'updated',
      state: next,
      source: read.source,
      articles: read.articles,
      skipped: read.skipped,
    };
  } catch (error) {
    if (!isFeedFetchError(error)) throw error;
    const next = recordFailure({ ...transition, now: now(), error, random: random() });
    return { outcome: 'failed', state: next, error };
  }
}
