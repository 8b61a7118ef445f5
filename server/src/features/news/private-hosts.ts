import { pinnedFetch } from '../../http/outbound-fetch';
import { OutboundPolicy, OutboundRefusedError } from '../../http/outbound-policy';
import { FeedFetchError } from './feed-fetch-error';
import { type FeedFetch, HttpFeedSource, type HttpFeedSourceOptions } from './http-feed.source';

/** The rule for feeds when none is configured: no private host allowed, the system's DNS. */
export const defaultFeedPolicy = new OutboundPolicy();

const blocked = (error: OutboundRefusedError) =>
  new FeedFetchError('blocked-url', error.message, { url: error.url, cause: error });

/**
 * Live feeds as users give them: every hop (the first URL and each redirect) is judged by the
 * policy, literal addresses before any request and names by every address DNS gives, and the
 * socket connects only to an address that was judged (see `pinnedFetch`). A refusal is a
 * `blocked-url` failure of the feed.
 */
export function guardedFeedSource(
  policy: OutboundPolicy,
  options: Omit<HttpFeedSourceOptions, 'checkUrl' | 'fetch'> = {},
): HttpFeedSource {
  const pinned = pinnedFetch(policy);
  const fetch: FeedFetch = (url, init) =>
    pinned(url, init).catch((error: unknown) => {
      throw error instanceof OutboundRefusedError ? blocked(error) : error;
    });
  return new HttpFeedSource({
    ...options,
    checkUrl: async (url) => {
      try {
        policy.checkWithoutDns(url);
      } catch (error) {
        throw error instanceof OutboundRefusedError ? blocked(error) : error;
      }
    },
    fetch,
  });
}

/** A feed URL refused when it is added or moved: the message says why and how to allow it. */
export class FeedUrlRefusedError extends Error {
  override readonly name = 'FeedUrlRefusedError';
}

export interface CheckFeedUrlOptions {
  policy?: OutboundPolicy;
  /** How long to wait for DNS before accepting the URL (it is judged again at every fetch). */
  dnsTimeoutMs?: number;
}

/**
 * Judges a feed URL when a user adds it, so a private address is refused at once rather than at
 * its first poll. A name that does not resolve now (no network, a typo) is accepted: every fetch
 * judges it again, and the feed's state then says why it could not be read.
 */
export async function checkFeedUrl(raw: string, options: CheckFeedUrlOptions = {}): Promise<void> {
  const policy = options.policy ?? defaultFeedPolicy;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FeedUrlRefusedError(`not a URL: ${raw}`);
  }
  let timer: NodeJS.Timeout | undefined;
  const dnsTimeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), options.dnsTimeoutMs ?? 5_000);
  });
  try {
    await Promise.race([policy.check(url), dnsTimeout]);
  } catch (error) {
    if (error instanceof OutboundRefusedError) throw new FeedUrlRefusedError(error.message);
    // DNS could not answer: judged at fetch time instead.
  } finally {
    clearTimeout(timer);
  }
}
