import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

/** One structured line per request with its id, so a user's report can be found in the logs. */
export const requestLog =
  (log: Logger): MiddlewareHandler =>
  async (c, next) => {
    const started = performance.now();
    await next();
    const fields = {
      reqId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (c.res.status >= 500) log.error(fields, 'request failed');
    else log.debug(fields, 'request');
  };
