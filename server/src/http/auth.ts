import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Compares in constant time: hashing first makes the lengths equal too. */
export function tokensMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Every write needs the admin token as `Authorization: Bearer <token>`. With no token configured
 * writes are refused, with a message that says how to enable them.
 */
export function requireAdmin(adminToken: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!adminToken) {
      throw new ApiError(
        403,
        'writes_disabled',
        'Writes are disabled on this server: set ADMIN_TOKEN (at least 16 characters) in its environment and send it as "Authorization: Bearer <token>".',
      );
    }
    const given = bearer(c.req.header('authorization'));
    if (!given || !tokensMatch(given, adminToken)) {
      c.header('WWW-Authenticate', 'Bearer realm="aftershock"');
      throw new ApiError(
        401,
        'unauthorized',
        'This write needs the admin token as "Authorization: Bearer <token>".',
      );
    }
    await next();
  };
}

export interface ReaderTokens {
  readToken?: string | undefined;
  adminToken?: string | undefined;
}

/** Whether an Authorization header may read: always without a read token, else either token. */
export function admitsReader(tokens: ReaderTokens, authorization: string | undefined): boolean {
  if (!tokens.readToken) return true;
  const given = bearer(authorization);
  return (
    given !== null &&
    (tokensMatch(given, tokens.readToken) ||
      (tokens.adminToken !== undefined && tokensMatch(given, tokens.adminToken)))
  );
}

/** Reading is open unless AUTH_READ_TOKEN is set; then it needs that token or the admin one. */
export function requireReader(options: ReaderTokens): MiddlewareHandler {
  return async (c, next) => {
    if (!admitsReader(options, c.req.header('authorization'))) {
      c.header('WWW-Authenticate', 'Bearer realm="aftershock"');
      throw new ApiError(
        401,
        'unauthorized',
        'This server needs a read token as "Authorization: Bearer <token>".',
      );
    }
    await next();
  };
}
