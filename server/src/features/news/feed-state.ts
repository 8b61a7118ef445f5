import { z } from 'zod';
import { nextCheck } from './feed-backoff';
import { type FeedFetchError, feedFetchErrorKinds } from './feed-fetch-error';
import type { FetchFeedResult } from './news-source.port';

const isoInstant = z.iso.datetime({ offset: true });

export const feedStatuses = ['pending', 'ok', 'failed'] as const;

/** What Aftershock remembers about one feed between polls (persisted by the store). */
export const feedStateSchema = z.object({
  feedKey: z.string().min(1),
  url: z.url(),
  /** pending: never fetched; ok: the last poll worked (304 included); failed: it did not. */
  status: z.enum(feedStatuses),
  lastFetchAt: isoInstant.nullable(),
  lastSuccessAt: isoInstant.nullable(),
  /** Consecutive failures; drives the backoff. */
  errorCount: z.number().int().min(0),
  errorKind: z.enum(feedFetchErrorKinds).nullable(),
  errorMessage: z.string().nullable(),
  httpStatus: z.number().int().nullable(),
  nextCheckAt: isoInstant,
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
});
export type FeedState = z.infer<typeof feedStateSchema>;

export interface FeedSchedule {
  /** Polling interval of a healthy feed. */
  baseMs: number;
  /** Longest wait for a failing feed. */
  maxMs: number;
}

export const defaultFeedSchedule: FeedSchedule = { baseMs: 15 * 60_000, maxMs: 24 * 3_600_000 };

export function initialFeedState(params: { feedKey: string; url: string; now: Date }): FeedState {
  return feedStateSchema.parse({
    feedKey: params.feedKey,
    url: params.url,
    status: 'pending',
    lastFetchAt: null,
    lastSuccessAt: null,
    errorCount: 0,
    errorKind: null,
    errorMessage: null,
    httpStatus: null,
    nextCheckAt: params.now.toISOString(),
    etag: null,
    lastModified: null,
  });
}

interface Transition {
  state: FeedState;
  now: Date;
  schedule?: FeedSchedule;
  /** A uniform draw in [0, 1) for the jitter. */
  random: number;
}

/** The state after a fetch that worked (a 304 too); validators are kept for the next request. */
export function recordSuccess(params: Transition & { result: FetchFeedResult }): FeedState {
  const { state, now, result } = params;
  const schedule = params.schedule ?? defaultFeedSchedule;
  return {
    ...state,
    status: 'ok',
    lastFetchAt: now.toISOString(),
    lastSuccessAt: now.toISOString(),
    errorCount: 0,
    errorKind: null,
    errorMessage: null,
    httpStatus: result.kind === 'fetched' ? result.status : 304,
    nextCheckAt: nextCheck({
      errorCount: 0,
      now,
      ...schedule,
      random: params.random,
    }).toISOString(),
    etag: result.etag ?? (result.kind === 'not-modified' ? state.etag : null),
    lastModified:
      result.lastModified ?? (result.kind === 'not-modified' ? state.lastModified : null),
  };
}

/** The state after a failure: reason kept, backoff grown, Retry-After honoured. */
export function recordFailure(params: Transition & { error: FeedFetchError }): FeedState {
  const { state, now, error } = params;
  const schedule = params.schedule ?? defaultFeedSchedule;
  const errorCount = state.errorCount + 1;
  const retryAfter = error.retryAt ? new Date(error.retryAt) : undefined;
  return {
    ...state,
    status: 'failed',
    lastFetchAt: now.toISOString(),
    errorCount,
    errorKind: error.kind,
    errorMessage: error.message,
    httpStatus: error.status ?? null,
    nextCheckAt: nextCheck({
      errorCount,
      now,
      retryAfter,
      ...schedule,
      random: params.random,
    }).toISOString(),
  };
}
