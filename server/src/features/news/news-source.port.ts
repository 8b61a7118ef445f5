/**
 * The port through which news enters Aftershock. Live polling (`HttpFeedSource`) and the replay
 * of recorded snapshots (`ArchiveReplaySource`) both hand over raw feed bytes, so both go through
 * the same decode, parse and normalise path.
 */

export interface FetchFeedParams {
  url: string;
  /** Validator from the last successful fetch, sent back as If-None-Match. */
  etag?: string | null;
  /** Validator from the last successful fetch, sent back as If-Modified-Since. */
  lastModified?: string | null;
  /** Budget for the whole request: connection, redirects, headers and the full body. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface FetchedFeed {
  kind: 'fetched';
  /** The URL the body finally came from, after redirects. */
  url: string;
  status: number;
  fetchedAt: string;
  bytes: Uint8Array;
  contentType: string | undefined;
  etag: string | undefined;
  lastModified: string | undefined;
}

export interface NotModifiedFeed {
  kind: 'not-modified';
  url: string;
  fetchedAt: string;
  etag: string | undefined;
  lastModified: string | undefined;
}

export type FetchFeedResult = FetchedFeed | NotModifiedFeed;

/**
 * Fetches one feed. Every failure is thrown as a `FeedFetchError` with its `kind` (a 429 carries
 * `retryAt`); nothing else escapes except a programming error.
 */
export interface NewsSource {
  fetchFeed(params: FetchFeedParams): Promise<FetchFeedResult>;
}

/** One recorded body of a feed, as the archive replay yields it. */
export interface FeedSnapshot {
  feedKey: string;
  /** When the body was fetched, ISO 8601 in UTC. */
  fetchedAt: string;
  bytes: Uint8Array;
  contentType?: string;
}

export interface ReplayParams {
  /** Only these feeds (directory names); all when absent. */
  feedKeys?: readonly string[];
  /** Inclusive lower bound on `fetchedAt`, ISO 8601. */
  from?: string;
  /** Exclusive upper bound on `fetchedAt`, ISO 8601. */
  to?: string;
  signal?: AbortSignal;
}

/** Yields recorded snapshots in time order across all feeds. */
export interface FeedReplaySource {
  snapshots(params?: ReplayParams): AsyncIterable<FeedSnapshot>;
}
