import { serve } from '@hono/node-server';
import { createApp } from './app';
import { boot } from './boot';
import { loadEnv } from './env';
import { seedDefaultFeeds } from './features/feeds/feeds.service';
import { startServerNewsSchedule } from './features/news/news-schedule';
import { startServerPriceSchedule } from './features/prices/price-schedule';
import { createLogger } from './logger';
import { DataDirLockedError } from './store/data-dir-lock';

const env = loadEnv();
const log = createLogger(env.LOG_LEVEL);

try {
  const deps = await boot({
    dataDir: env.DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    log,
    adminToken: env.ADMIN_TOKEN,
    readToken: env.AUTH_READ_TOKEN,
  });
  await seedDefaultFeeds(deps.store.db);
  const app = createApp(deps);
  const prices = env.SCHEDULE === 'on' ? startServerPriceSchedule(deps) : null;
  const news = env.SCHEDULE === 'on' ? startServerNewsSchedule(deps) : null;
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    const host = env.HOST === '127.0.0.1' || env.HOST === '0.0.0.0' ? 'localhost' : env.HOST;
    log.info({ store: deps.store.kind, location: deps.store.location }, 'store ready');
    console.log(`Aftershock is running at http://${host}:${info.port}`);
  });
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    // Abort a price update in flight first: its fetches would otherwise hold the store open.
    const stopping = Promise.all([prices?.stop(), news?.stop()]);
    server.close(() => {
      stopping
        .then(() => deps.store.close())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            log.error({ err: error }, 'closing the store failed');
            process.exit(1);
          },
        );
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
