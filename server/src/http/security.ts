import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { ApiError } from './api-error';

/**
 * Secure headers and a content security policy the built web app passes: no inline script,
 * nothing loaded from elsewhere. Inline style attributes stay allowed for the charts' SVG.
 */
export const securityHeaders = (): MiddlewareHandler =>
  secureHeaders({
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
