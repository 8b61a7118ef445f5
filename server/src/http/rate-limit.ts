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

/** A token bucket per client: 429 with Retry-After when it runs dry. */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 10_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (c, next) => {
    const key = clientKey(c, options.trustedProxies);
    const t = now();
    const b = buckets.get(key) ?? { tokens: options.capacity, at: t };
    b.tokens = Math.min(options.capacity, b.tokens + ((t - b.at) / 1000) * options.refillPerSecond);
    b.at = t;
    buckets.delete(key);
    buckets.set(key, b);
    if (buckets.size > maxClients) {
      const stalest = buckets.keys().next().value;
      if (stalest !== undefined) buckets.delete(stalest);
    }
    if (b.tokens < 1) {
      const wait = Math.ceil((1 - b.tokens) / options.refillPerSecond);
      c.header('Retry-After', String(wait));
      throw new ApiError(
        429,
        'rate_limited',
        `Too many requests from this client; retry in ${wait} s.`,
      );
    }
    b.tokens -= 1;
    await next();
  };
}
