import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { recordRun } from '../../store/ingest-runs';
import type { Database } from '../../store/schema';
import { listFeeds, type StoredFeed, saveFeedState } from '../feeds/feeds.repo';
import type { SourceRegistry, SourceState } from '../health/source-registry';
import { type StoreArticlesResult, storeArticles } from './article-store';
import { runDetection } from './detection-store';
import type { FeedSchedule } from './feed-state';
import type { NewsSource } from './news-source.port';
import { type PollFeedResult, pollFeed } from './poll-feed';
import type { Tagger } from './tagging';

export interface PollPassParams {
  db: Kysely<Database>;
  source: NewsSource;
  tagger: Tagger;
  sources?: SourceRegistry;
  log?: Pick<Logger, 'info' | 'warn' | 'debug'>;
  /** Only feeds whose next check is due (the scheduler); all enabled feeds otherwise. */
  dueOnly?: boolean;
  schedule?: FeedSchedule;
  timeoutMs?: number;
  signal?: AbortSignal;
  now?: () => Date;
  random?: () => number;
}

export interface FeedPollReport {
  feedId: string;
  outcome: PollFeedResult['outcome'];
  stored: StoreArticlesResult | null;
  /** Why it failed, for people: "network-unreachable: getaddrinfo ENOTFOUND techcrunch.com". */
  error: string | null;
  nextCheckAt: string;
}

export interface PollPassResult {
  feeds: FeedPollReport[];
  /** Whether detection ran (it does after any write). */
  detected: boolean;
}

function liveState(result: PollFeedResult): SourceState {
  if (result.outcome !== 'failed') return 'ok';
  return result.error.kind === 'network-unreachable' ? 'offline' : 'failing';
}

/** A failure's message for the run history: the kind first, then the detail. */
class PollFailure extends Error {
  override readonly name = 'PollFailure';
}

async function record(params: PollPassParams, feed: StoredFeed, result: PollFeedResult) {
  const { db, tagger } = params;
  await saveFeedState(db, result.state);
  const run = { kind: 'news', source: feed.id, log: params.log };
  if (result.outcome === 'failed') {
    const message = `${result.error.kind}: ${result.error.message}`;
    await recordRun(db, run, async () => {
      throw new PollFailure(`${message}; next try ${result.state.nextCheckAt}`);
    }).catch((error: unknown) => {
      if (!(error instanceof PollFailure)) throw error;
    });
    return { stored: null, error: message };
  }
  if (result.outcome === 'not-modified') {
    await recordRun(db, run, async () => ({ rowsWritten: 0, message: 'not modified (304)' }));
    return { stored: null, error: null };
  }
  const stored = await recordRun(db, run, async () => {
    const written = await storeArticles({ db, articles: result.articles, tagger });
    return {
      ...written,
      rowsWritten: written.inserted + written.aliases,
      message: `${result.articles.length} items: ${written.inserted} new, ${written.aliases} seen elsewhere`,
    };
  });
  return { stored, error: null };
}

/**
 * One pass over the feeds: each enabled (and, for the scheduler, due) feed is fetched (HTTP
 * requests run together, one at a time per host in `HttpFeedSource`), then, one feed at a time,
 * its new state is saved, its articles stored and the run recorded. A feed that fails is left
 * failed with its reason and next try, in the feeds table and in `sources` for /api/health; the
 * others carry on. Detection runs after the pass if anything was written.
 */
export async function pollFeedsOnce(params: PollPassParams): Promise<PollPassResult> {
  const now = params.now ?? (() => new Date());
  const at = now();
  const feeds = (await listFeeds(params.db, at)).filter(
    (f) => f.enabled && (!params.dueOnly || Date.parse(f.state.nextCheckAt) <= at.getTime()),
  );
  const results = await Promise.all(
    feeds.map((feed) =>
      pollFeed({
        source: params.source,
        state: feed.state,
        now,
        ...(params.schedule ? { schedule: params.schedule } : {}),
        ...(params.timeoutMs === undefined ? {} : { timeoutMs: params.timeoutMs }),
        ...(params.signal ? { signal: params.signal } : {}),
        ...(params.random ? { random: params.random } : {}),
      }),
    ),
  );
  const reports: FeedPollReport[] = [];
  let wrote = false;
  for (const [i, feed] of feeds.entries()) {
    const result = results[i];
    if (!result) continue;
    const { stored, error } = await record(params, feed, result);
    if (stored && stored.inserted + stored.aliases + stored.updated > 0) wrote = true;
    params.sources?.report({
      source: feed.id,
      kind: 'news',
      state: liveState(result),
      message: error ? `${error}; next try ${result.state.nextCheckAt}` : null,
      lastAttemptAt: result.state.lastFetchAt,
      nextAttemptAt: result.state.nextCheckAt,
    });
    // With a source registry the log gets one line when a feed becomes unreachable and one when
    // it is back (the registry says so); each failed poll in between is detail.
    if (error && params.sources) params.log?.debug({ feed: feed.id, error }, 'feed poll failed');
    else if (error) params.log?.warn({ feed: feed.id, error }, 'feed poll failed');
    reports.push({
      feedId: feed.id,
      outcome: result.outcome,
      stored,
      error,
      nextCheckAt: result.state.nextCheckAt,
    });
  }
  if (wrote) {
    const { events } = await runDetection({ db: params.db, tagger: params.tagger });
    params.log?.info({ events: events.length }, 'events detected');
  }
  return { feeds: reports, detected: wrote };
}
