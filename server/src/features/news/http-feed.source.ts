import { FeedFetchError, isFeedFetchError } from './feed-fetch-error';
import { HostQueue } from './host-queue';
import { classifyUnexpected, parseHttpUrl, resolveLocation, statusError } from './http-feed-errors';
import type { FetchFeedParams, FetchFeedResult, NewsSource } from './news-source.port';
import { readCappedBody } from './read-capped-body';

export const feedUserAgent = 'Aftershock/0.1 (+https://github.com/aftershock; feed reader)';
export const defaultFeedMaxBytes = 5 * 1024 * 1024;
export const defaultFeedMaxRedirects = 5;
export const defaultFeedTimeoutMs = 20_000;

/** What the source asks of `fetch`: a GET whose redirects come back to it, never followed. */
export type FeedFetch = (
  url: URL,
  init: { headers: Record<string, string>; redirect: 'manual'; signal: AbortSignal },
) => Promise<Response>;

export interface HttpFeedSourceOptions {
  userAgent?: string;
  /** Cap on the decompressed body. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Default budget for a whole request, redirects and body included. */
  timeoutMs?: number;
  /**
   * Called on the first URL and on every redirect hop before it is requested; throw to refuse it
   * (for example a private address). The throw becomes a `blocked-url` failure.
   */
  checkUrl?: (url: URL) => Promise<void>;
  /** Node's fetch by default; `guardedFeedSource` passes one that pins the checked address. */
  fetch?: FeedFetch;
  now?: () => Date;
}

const accept =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

/** Live feeds over HTTP(S) with Node's fetch: see `NewsSource` for the contract. */
export class HttpFeedSource implements NewsSource {
  readonly #queue = new HostQueue();
  readonly #userAgent: string;
  readonly #maxBytes: number;
  readonly #maxRedirects: number;
  readonly #timeoutMs: number;
  readonly #checkUrl: ((url: URL) => Promise<void>) | undefined;
  readonly #fetch: FeedFetch;
  readonly #now: () => Date;

  constructor(options: HttpFeedSourceOptions = {}) {
    this.#userAgent = options.userAgent ?? feedUserAgent;
    this.#maxBytes = options.maxBytes ?? defaultFeedMaxBytes;
    this.#maxRedirects = options.maxRedirects ?? defaultFeedMaxRedirects;
    this.#timeoutMs = options.timeoutMs ?? defaultFeedTimeoutMs;
    this.#checkUrl = options.checkUrl;
    this.#fetch = options.fetch ?? fetch;
    this.#now = options.now ?? (() => new Date());
  }

  async fetchFeed(params: FetchFeedParams): Promise<FetchFeedResult> {
    const url = parseHttpUrl(params.url);
    // The first host holds the slot for the whole request, redirects included.
    return this.#queue.run(url.host, () => this.#fetchWithBudget(url, params));
  }

  async #fetchWithBudget(url: URL, params: FetchFeedParams): Promise<FetchFeedResult> {
    const timeoutMs = params.timeoutMs ?? this.#timeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = params.signal ? AbortSignal.any([timeout, params.signal]) : timeout;
    let current = url.href;
    try {
      return await this.#follow(url, params, signal, (hop) => {
        current = hop;
      });
    } catch (error) {
      if (isFeedFetchError(error)) throw error;
      if (timeout.aborted) {
        throw new FeedFetchError('timeout', `no complete response within ${timeoutMs} ms`, {
          url: current,
          cause: error,
        });
      }
      if (params.signal?.aborted) {
        throw new FeedFetchError('aborted', 'the fetch was cancelled', {
          url: current,
          cause: error,
        });
      }
      throw classifyUnexpected(error, current);
    }
  }

  async #follow(
    start: URL,
    params: FetchFeedParams,
    signal: AbortSignal,
    onHop: (url: string) => void,
  ): Promise<FetchFeedResult> {
    const visited = new Set<string>();
    let url = start;
    for (let hop = 0; ; hop++) {
      onHop(url.href);
      if (visited.has(url.href)) {
        throw new FeedFetchError('redirect-loop', `redirect loop back to ${url.href}`, {
          url: url.href,
        });
      }
      if (hop > this.#maxRedirects) {
        throw new FeedFetchError(
          'too-many-redirects',
          `more than ${this.#maxRedirects} redirects`,
          {
            url: url.href,
          },
        );
      }
      visited.add(url.href);
      await this.#check(url);
      signal.throwIfAborted();
      const response = await this.#fetch(url, {
        headers: this.#headers(params),
        redirect: 'manual',
        signal,
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        await response.body?.cancel();
        url = resolveLocation(location, url);
        continue;
      }
      return await this.#settle(response, url.href);
    }
  }

  async #settle(response: Response, url: string): Promise<FetchFeedResult> {
    const fetchedAt = this.#now().toISOString();
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: 'not-modified', url, fetchedAt, etag, lastModified };
    }
    if (response.status < 200 || response.status >= 300) {
      await response.body?.cancel();
      throw statusError(response, url, this.#now());
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    const encoded = response.headers.get('content-encoding');
    if (!encoded && Number.isFinite(declared) && declared > this.#maxBytes) {
      await response.body?.cancel();
      throw new FeedFetchError('too-large', `Content-Length ${declared} exceeds the cap`, { url });
    }
    const bytes = await readCappedBody({ body: response.body, maxBytes: this.#maxBytes, url });
    const contentType = response.headers.get('content-type') ?? undefined;
    return {
      kind: 'fetched',
      url,
      status: response.status,
      fetchedAt,
      bytes,
      contentType,
      etag,
      lastModified,
    };
  }

  #headers(params: FetchFeedParams): Record<string, string> {
    const headers: Record<string, string> = { 'user-agent': this.#userAgent, accept };
    if (params.etag) headers['if-none-match'] = params.etag;
    if (params.lastModified) headers['if-modified-since'] = params.lastModified;
    return headers;
  }

  async #check(url: URL): Promise<void> {
    if (!this.#checkUrl) return;
    try {
      await this.#checkUrl(url);
    } catch (error) {
      if (isFeedFetchError(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new FeedFetchError('blocked-url', `refused ${url.href}: ${reason}`, {
        url: url.href,
        cause: error,
      });
    }
  }
}
