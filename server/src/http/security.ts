import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { ApiError, badRequest } from './api-error';

const hsts = 'max-age=15552000; includeSubDomains';

/**
 * Whether the client reached us over HTTPS: the URL's scheme, or behind trusted proxies the
 * X-Forwarded-Proto the nearest one set (a client's own header is not believed without them).
 */
function overHttps(c: Context, trustedProxies: number): boolean {
  if (c.req.url.startsWith('https:')) return true;
  if (trustedProxies === 0) return false;
  const protos = (c.req.header('x-forwarded-proto') ?? '').split(',').map((p) => p.trim());
  return protos.at(-1)?.toLowerCase() === 'https';
}

/**
 * Secure headers and a content security policy the built web app passes: no inline script,
 * nothing loaded from elsewhere. Inline style attributes stay allowed for the charts' SVG.
 * X-Frame-Options says what frame-ancestors says (DENY); Strict-Transport-Security is sent
 * only over HTTPS, where it means something (RFC 6797 8.1: ignored, and misleading, over HTTP).
 */
export const securityHeaders = (options: { trustedProxies?: number } = {}): MiddlewareHandler => {
  const headers = secureHeaders({
    strictTransportSecurity: false,
    xFrameOptions: 'DENY',
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginEmbedderPolicy: false,
  });
  return async (c, next) => {
    await headers(c, next);
    if (overHttps(c, options.trustedProxies ?? 0)) c.header('Strict-Transport-Security', hsts);
  };
};

export const maxQueryLength = 4096;

/** A query string longer than any real request is refused before parsing. */
export const queryLimit = (): MiddlewareHandler => async (c, next) => {
  const q = c.req.url.indexOf('?');
  if (q >= 0 && c.req.url.length - q > maxQueryLength) {
    throw new ApiError(
      413,
      'payload_too_large',
      `The query string is longer than ${maxQueryLength} characters.`,
    );
  }
  await next();
};

const nul = '\u0000';

/**
 * Refuses U+0000 anywhere in the path or the query with a 400 naming where. No field accepts it,
 * and PostgreSQL text cannot store it, so it would otherwise fail deep in a query as a 500. A URL
 * can carry it only as `%00`, so other requests pass on one string search.
 */
export const nulFree = (): MiddlewareHandler => async (c, next) => {
  if (/%00/i.test(c.req.url)) {
    const url = new URL(c.req.url);
    if (/%00/i.test(url.pathname)) {
      throw badRequest('the path contains a NUL character (U+0000), which no route accepts');
    }
    for (const [name, value] of url.searchParams) {
      if (name.includes(nul) || value.includes(nul)) {
        throw badRequest(`${name.replaceAll(nul, '\\0')}: contains a NUL character (U+0000)`);
      }
    }
  }
  await next();
};

/** The path (`title`, `tickers.2`) of the first string holding U+0000 in a JSON value, if any. */
export function nulPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes(nul) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  const entries = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
  for (const [key, v] of entries) {
    const at = path === '' ? String(key) : `${path}.${key}`;
    if (String(key).includes(nul)) return at.replaceAll(nul, '\\0');
    const found = nulPath(v, at);
    if (found !== null) return found;
  }
  return null;
}
