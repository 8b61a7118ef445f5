// The real server (createApp over a booted store) plus one bare route returning a constant, so
// the API's figures can be read against the framework's own ceiling in the same process.
import { serve } from '@hono/node-server';
import { createApp } from '../../server/src/app';
import { boot } from '../../server/src/boot';
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
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`listening ${info.port}\n`);
});
process.once('SIGTERM', () => {
  deps.store.close().finally(() => process.exit(0));
});
