import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { AppDeps } from './app-deps';
import { analysisRoutes } from './features/analysis/analysis.routes';
import { defaultStudyBudget } from './features/analysis/study-budget';
import { companiesRoutes } from './features/companies/companies.routes';
import { eventSetsRoutes } from './features/event-sets/event-sets.routes';
import { eventsRoutes } from './features/events/events.routes';
import { feedsRoutes } from './features/feeds/feeds.routes';
import { healthRoutes } from './features/health/health.routes';
import { pricesRoutes } from './features/prices/prices.routes';
import { ApiError } from './http/api-error';
import { requireAdmin, requireReader } from './http/auth';
import { errorHandler } from './http/on-error';
import { openApiDocument } from './http/openapi';
import { type RateLimitOptions, rateLimit } from './http/rate-limit';
import { requestLog } from './http/request-log';
import { nulFree, queryLimit, securityHeaders } from './http/security';
import { WorkGate, type WorkGateOptions } from './http/work-gate';

/** The API alone; `typeof` its result is the `AppType` of the typed client. */
export function createApiRoutes(deps: AppDeps) {
  return new Hono()
    .basePath('/api')
    .route('/health', healthRoutes(deps))
    .route('/companies', companiesRoutes(deps))
    .route('/prices', pricesRoutes(deps))
    .route('/events', eventsRoutes(deps))
    .route('/event-sets', eventSetsRoutes(deps))
    .route('/feeds', feedsRoutes(deps))
    .route('/', analysisRoutes(deps))
    .get('/openapi.json', (c) => c.json(openApiDocument()));
}

export interface AppOptions {
  /** Per-client token buckets for writes and downloads; `false` turns them off (tests). */
  rateLimits?: false | { writes: RateLimitOptions; exports: RateLimitOptions };
  /** Proxies in front of the server (a load balancer: 1) whose X-Forwarded-For is believed. */
  trustedProxies?: number;
  /** The studies' compute budget, over `defaultStudyBudget`; `false` turns it off (tests). */
  studyBudget?: false | Partial<WorkGateOptions>;
}

const defaultLimits = {
  writes: { capacity: 30, refillPerSecond: 0.5 },
  exports: { capacity: 60, refillPerSecond: 2 },
};

const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
const isDownload = (path: string) =>
  /\.(csv|xlsx|json)$/.test(path) && path !== '/api/openapi.json';

/** The whole server: the API, then the built web app with a fallback to its index page. */
export function createApp(deps: AppDeps, options: AppOptions = {}) {
  const app = new Hono();
  app.onError(errorHandler(deps.log));
  app.use(requestId());
  app.use(requestLog(deps.log));
  app.use(securityHeaders({ trustedProxies: options.trustedProxies ?? 0 }));
  app.use('/api/*', queryLimit());
  app.use('/api/*', nulFree());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 64 * 1024,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', 'The request body is larger than 64 KiB.');
      },
    }),
  );
  const limits = options.rateLimits === false ? null : (options.rateLimits ?? defaultLimits);
  if (limits) {
    const trustedProxies = options.trustedProxies ?? 0;
    const writes = rateLimit({ trustedProxies, ...limits.writes });
    const downloads = rateLimit({ trustedProxies, ...limits.exports });
    // A write is judged by its token first: refused writes spend nobody's budget, so an
    // anonymous flood cannot use up the admin's.
    const admin = requireAdmin(deps.adminToken);
    app.use('/api/*', (c, next) => {
      if (isWrite(c.req.method))
        return admin(c, async () => {
          await writes(c, next);
        });
      if (isDownload(c.req.path)) return downloads(c, next);
      return next();
    });
  }
  const reader = requireReader({ readToken: deps.readToken, adminToken: deps.adminToken });
  app.use('/api/*', (c, next) => (c.req.path === '/api/health' ? next() : reader(c, next)));
  app.notFound((c) =>
    c.json(
      { error: { code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}` } },
      404,
    ),
  );
  const budget = options.studyBudget;
  const studyGate =
    budget === false
      ? undefined
      : new WorkGate({
          ...defaultStudyBudget,
          ...budget,
          trustedProxies: options.trustedProxies ?? 0,
        });
  app.route('/', createApiRoutes({ ...deps, studyGate }));
  const dist = deps.webDist;
  if (dist && existsSync(path.join(dist, 'index.html'))) {
    const index = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const root = path.relative(process.cwd(), dist);
    app.use('/assets/*', serveStatic({ root }));
    app.get('*', async (c, next) => {
      if (c.req.path.startsWith('/api/')) return next();
      const file = serveStatic({ root });
      const served = await file(c, async () => {});
      return served ?? c.html(index);
    });
  }
  return app;
}
