import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './api-error';

export interface RateLimitOptions {
  /** Requests allowed in a burst. */
  capacity: number;
  /** Requests regained per second. */
  refillPerSecond: number;
  now?: () => number;
  /** Bound on the clients tracked at once; the stalest are forgotten first. */
  maxClients?: number;
  /** Proxies in front of the server whose X-Forwarded-For entries are believed (0: none). */
  trustedProxies?: number;
}

/** The socket's address, never a header a client could forge. */
function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket: all such requests share one bucket.
    return 'local';
  }
}

/**
 * The client's address. Behind `trustedProxies` proxies (a load balancer: 1), each appends the
 * address it saw to X-Forwarded-For, so the client is that many entries from the right; entries
 * further left came from the client and could be anything. Without the header, the socket's.
 */
export function clientKey(c: Context, trustedProxies = 0): string {
  if (trustedProxies > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((h) => h.trim());
    const client = hops.length >= trustedProxies ? hops[hops.length - trustedProxies] : undefined;
    if (client && client.length <= 64) return client;
  }
  return socketAddress(c);
}

/**
 * A token bucket per client: `take(key, n)` spends n tokens, or answers how many seconds until
 * n would be there. The stalest clients are forgotten first beyond `maxClients`.
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #now: () => number;
  readonly #maxClients: number;

  constructor(private readonly options: RateLimitOptions) {
    this.#now = options.now ?? Date.now;
    this.#maxClients = options.maxClients ?? 10_000;
  }

  /** Spends `amount` tokens and returns 0, or returns the wait in whole seconds (none spent). */
  take(key: string, amount = 1): number {
    const { capacity, refillPerSecond } = this.options;
    const t = this.#now();
    const b = this.#buckets.get(key) ?? { tokens: capacity, at: t };
    b.tokens = Math.min(capacity, b.tokens + ((t - b.at) / 1000) * refillPerSecond);
    b.at = t;
    this.#buckets.delete(key);
    this.#buckets.set(key, b);
    if (this.#buckets.size > this.#maxClients) {
      const stalest = this.#buckets.keys().next().value;
      if (stalest !== undefined) this.#buckets.delete(stalest);
    }
    if (b.tokens < amount) return Math.max(1, Math.ceil((amount - b.tokens) / refillPerSecond));
    b.tokens -= amount;
    return 0;
  }
}

/** The 429 of every limiter, with its Retry-After. */
export function tooManyRequests(
  c: Context,
  waitSeconds: number,
  why = 'Too many requests',
): ApiError {
  c.header('Retry-After', String(waitSeconds));
  return new ApiError(429, 'rate_limited', `${why} from this client; retry in ${waitSeconds} s.`);
}

/** A token bucket per client: 429 with Retry-After when it runs dry. */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const buckets = new TokenBuckets(options);
  return async (c, next) => {
    const wait = buckets.take(clientKey(c, options.trustedProxies));
    if (wait > 0) throw tooManyRequests(c, wait);
    await next();
  };
}
