import { maskUrlsIn } from '../../http/mask-url';

/**
 * Why a feed could not be read this time. Every failure of fetching, decoding or parsing a feed
 * ends as one of these kinds, so the feed's state can say what went wrong and the scheduler can
 * decide when to try again.
 */
export const feedFetchErrorKinds = [
  'timeout',
  'too-large',
  'too-many-redirects',
  'redirect-loop',
  'http-status',
  'rate-limited',
  'not-a-feed',
  'malformed-xml',
  'network-unreachable',
  'blocked-url',
  'aborted',
] as const;
export type FeedFetchErrorKind = (typeof feedFetchErrorKinds)[number];

export interface FeedFetchErrorDetails {
  /** The URL being fetched when it failed (the last hop for redirects). */
  url?: string;
  /** HTTP status for `http-status` and `rate-limited`. */
  status?: number;
  /** Earliest time the server allows another request (Retry-After), ISO 8601. */
  retryAt?: string;
  cause?: unknown;
}

/** A feed failure; its message quotes URLs without their credentials. */
export class FeedFetchError extends Error {
  override readonly name = 'FeedFetchError';
  readonly kind: FeedFetchErrorKind;
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly retryAt: string | undefined;

  constructor(kind: FeedFetchErrorKind, message: string, details: FeedFetchErrorDetails = {}) {
    super(maskUrlsIn(message), details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.url = details.url;
    this.status = details.status;
    this.retryAt = details.retryAt;
  }
}

export function isFeedFetchError(error: unknown): error is FeedFetchError {
  return error instanceof FeedFetchError;
}
