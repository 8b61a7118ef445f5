import { createApp } from './app';
import { boot } from './boot';
import { loadEnv } from './env';
import { seedDefaultFeeds } from './features/feeds/feeds.service';
import { warmUp } from './features/market-data/warm-up';
import { startSchedules } from './features/scheduling/schedules';
import { serverTimeouts, startHttpServer } from './http/http-server';
import { OutboundPolicy } from './http/outbound-policy';
import { createLogger } from './logger';
import { DataDirLockedError } from './store/data-dir-lock';

const env = loadEnv();
const log = createLogger(env.LOG_LEVEL);

try {
  const deps = {
    ...(await boot({
      dataDir: env.DATA_DIR,
      databaseUrl: env.DATABASE_URL,
      log,
      adminToken: env.ADMIN_TOKEN,
      readToken: env.AUTH_READ_TOKEN,
    })),
    feedPolicy: new OutboundPolicy({ allow: env.ALLOW_PRIVATE_FEEDS }),
  };
  await seedDefaultFeeds(deps.store.db);
  const app = createApp(deps, {
    trustedProxies: env.TRUSTED_PROXIES,
    studyBudget: {
      maxCost: env.STUDY_MAX_COST,
      perClient:
        env.STUDY_CLIENT_RATE === 0
          ? null
          : { capacity: env.STUDY_CLIENT_RATE * 15, refillPerSecond: env.STUDY_CLIENT_RATE },
      maxRunning: env.STUDY_MAX_RUNNING,
      deadlineMs: env.STUDY_DEADLINE_MS,
    },
  });
  const schedules =
    env.SCHEDULE === 'on'
      ? startSchedules({ deps, databaseUrl: env.DATABASE_URL, retryMs: env.INGEST_LOCK_RETRY_MS })
      : null;
  if (schedules) deps.sources.ingestRole = schedules.role;
  const server = startHttpServer({
    fetch: app.fetch,
    port: env.PORT,
    hostname: env.HOST,
    timeouts: serverTimeouts(env),
    onListen: (port) => {
      const host = env.HOST === '127.0.0.1' || env.HOST === '0.0.0.0' ? 'localhost' : env.HOST;
      log.info({ store: deps.store.kind, location: deps.store.location }, 'store ready');
      console.log(`Aftershock is running at http://${host}:${port}`);
      warmUp(deps).catch((error: unknown) =>
        log.warn({ err: error instanceof Error ? error.message : String(error) }, 'warm-up failed'),
      );
    },
  });
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    // Abort an ingest in flight first: its fetches would otherwise hold the store open.
    const stopping = schedules?.stop() ?? Promise.resolve();
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
