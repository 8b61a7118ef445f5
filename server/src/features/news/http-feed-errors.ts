import { FeedFetchError, isFeedFetchError } from './feed-fetch-error';
import { parseRetryAfter } from './retry-after';

export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    throw new FeedFetchError('blocked-url', `not a URL: ${raw}`, { url: raw, cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedFetchError('blocked-url', `only http and https feeds are fetched: ${raw}`, {
      url: raw,
    });
  }
  return url;
}

export function resolveLocation(location: string, base: URL): URL {
  let next: string;
  try {
    next = new URL(location, base).href;
  } catch (error) {
    throw new FeedFetchError('http-status', `redirect to an invalid location: ${location}`, {
      url: base.href,
      cause: error,
    });
  }
  return parseHttpUrl(next);
}

export function statusError(response: Response, url: string, now: Date): FeedFetchError {
  const retryAt = parseRetryAfter(response.headers.get('retry-after'), now)?.toISOString();
  if (response.status === 429) {
    return new FeedFetchError('rate-limited', `HTTP 429 Too Many Requests`, {
      url,
      status: 429,
      ...(retryAt ? { retryAt } : {}),
    });
  }
  return new FeedFetchError(
    'http-status',
    `HTTP ${response.status} ${response.statusText}`.trim(),
    {
      url,
      status: response.status,
      ...(retryAt ? { retryAt } : {}),
    },
  );
}

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; depth++) {
    if ('code' in e && typeof e.code === 'string') return e.code;
    e = e.cause;
  }
  return undefined;
}

/**
 * Whatever fetch threw that is not ours. fetch rejects only with network errors (a TypeError whose
 * cause carries ECONNREFUSED, ENOTFOUND, UND_ERR_SOCKET...), or with a zlib error for a body that
 * does not decompress.
 */
export function classifyUnexpected(error: unknown, url: string): FeedFetchError {
  if (isFeedFetchError(error)) return error;
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code?.startsWith('Z_')) {
    return new FeedFetchError('malformed-xml', `the body could not be decompressed (${code})`, {
      url,
      cause: error,
    });
  }
  return new FeedFetchError('network-unreachable', `${message}${code ? ` (${code})` : ''}`, {
    url,
    cause: error,
  });
}
