import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from './api-error';

const codes: Partial<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  429: 'rate_limited',
};

export interface ErrorLogger {
  error(fields: Record<string, unknown>, message: string): void;
}

/** Turns every error into the `{ error: { code, message } }` envelope; a 500 shows no internals. */
export function errorHandler(log: ErrorLogger) {
  return (err: Error, c: Context) => {
    if (err instanceof ApiError) {
      return c.json({ error: { code: err.code, message: err.message } }, err.status);
    }
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      const code = codes[status] ?? (status >= 500 ? 'internal' : 'error');
      return c.json({ error: { code, message: err.message || code } }, status);
    }
    log.error(
      { err: { name: err.name, message: err.message, stack: err.stack } },
      'unhandled error',
    );
    return c.json(
      { error: { code: 'internal', message: 'Internal error; it has been logged.' } },
      500,
    );
  };
}
