// The real server (createApp over a booted store) plus one bare route returning a constant, so
// the API's figures can be read against the framework's own ceiling in the same process.
import { createApp } from '../../server/src/app';
import { boot } from '../../server/src/boot';
import { loadEnv } from '../../server/src/env';
import { serverTimeouts, startHttpServer } from '../../server/src/http/http-server';
import { silentLogger } from '../../server/src/logger';

const dataDir = process.env.DATA_DIR ?? '';
const deps = await boot({
  dataDir,
  databaseUrl: process.env.DATABASE_URL || undefined,
  log: silentLogger,
});
const app = createApp(deps, { rateLimits: false, studyBudget: false });
// Behind the same middleware as the API (request id, log, headers, limits).
app.get('/api/bench-constant', (c) => c.json({ ok: true }));
// The production server's timeouts, as main.ts sets them.
startHttpServer({
  fetch: app.fetch,
  port: Number(process.env.PORT ?? 0),
  hostname: '127.0.0.1',
  timeouts: serverTimeouts(loadEnv()),
  onListen: (port) => process.stdout.write(`listening ${port}\n`),
});
process.once('SIGTERM', () => {
  deps.store.close().finally(() => process.exit(0));
});
