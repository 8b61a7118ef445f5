import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppDeps } from './app-deps';
import { analysisRoutes } from './features/analysis/analysis.routes';
import { companiesRoutes } from './features/companies/companies.routes';
import { eventsRoutes } from './features/events/events.routes';
import { healthRoutes } from './features/health/health.routes';
import { pricesRoutes } from './features/prices/prices.routes';
import { errorHandler } from './http/on-error';
import { openApiDocument } from './http/openapi';

/** The API alone; `typeof` its result is the `AppType` of the typed client. */
export function createApiRoutes(deps: AppDeps) {
  return new Hono()
    .basePath('/api')
    .route('/health', healthRoutes(deps))
    .route('/companies', companiesRoutes(deps))
    .route('/prices', pricesRoutes(deps))
    .route('/events', eventsRoutes(deps))
    .route('/', analysisRoutes(deps))
    .get('/openapi.json', (c) => c.json(openApiDocument()));
}

/** The whole server: the API, then the built web app with a fallback to its index page. */
export function createApp(deps: AppDeps) {
  const app = new Hono();
  app.onError(errorHandler(deps.log));
  app.notFound((c) =>
    c.json(
      { error: { code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}` } },
      404,
    ),
  );
  app.route('/', createApiRoutes(deps));
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
