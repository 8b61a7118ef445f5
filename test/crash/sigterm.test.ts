import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../server/src/store/open-store';
import { startServerProcess } from '../support/server-process';
import { priceCsvFolder, replayInput } from './crash-inputs';
import { disposeTemplate, newDataDir, runCli, startCli, until } from './crash-rig';
import { referenceRun } from './kill-cycle';
import { storeDigest } from './store-digest';

const input = replayInput();
const csv = priceCsvFolder({ tickers: 6 });

afterAll(() => {
  disposeTemplate();
  input.dispose();
});

/** SIGTERM once `ready()` holds; resolves with the exit and how long the process took to go. */
async function terminate(run: ReturnType<typeof startCli>, ready: () => boolean) {
  await until(run, ready);
  const sent = performance.now();
  run.child.kill('SIGTERM');
  const exit = await run.exited;
  return { ...exit, afterSignalMs: performance.now() - sent };
}

describe('SIGTERM stops a command cleanly', { timeout: 10 * 60_000 }, () => {
  it('during a replay: the snapshot in hand is stored whole, the run failed, a rerun completes it', async () => {
    const reference = await referenceRun(input.args);
    const data = await newDataDir();
    try {
      const run = startCli(input.args, data.dir);
      const exit = await terminate(run, () => run.progress() >= 20);
      expect(exit.signal, run.output()).toBeNull();
      expect(exit.code, run.output()).toBe(143);
      expect(exit.afterSignalMs).toBeLessThan(5_000);
      expect(run.output()).toMatch(
        /Stopped by SIGTERM: each snapshot already read is stored whole/,
      );
      const stopped = await storeDigest(data.dir);
      expect(stopped.runs.at(-1)).toMatchObject({
        source: 'archive-replay',
        status: 'failed',
        message: 'stopped by SIGTERM',
      });
      expect(stopped.counts.articles).toBeLessThan(reference.digest.counts.articles ?? 0);
      await runCli(input.args, data.dir);
      const resumed = await storeDigest(data.dir);
      expect(resumed.counts).toEqual(reference.digest.counts);
      expect(resumed.sha256).toEqual(reference.digest.sha256);
    } finally {
      data.dispose();
    }
  });

  it('during an import: the transaction is rolled back, nothing of it is stored', async () => {
    const data = await newDataDir();
    try {
      const before = await storeDigest(data.dir);
      const run = startCli(['import', 'prices', '--csv', csv], data.dir);
      const exit = await terminate(run, () => run.progress() >= 10);
      expect(exit.code, run.output()).toBe(143);
      expect(exit.afterSignalMs).toBeLessThan(5_000);
      expect(run.output()).toMatch(/Stopped by SIGTERM: the import was rolled back/);
      const after = await storeDigest(data.dir);
      expect(after.counts).toEqual(before.counts);
      expect(after.sha256).toEqual(before.sha256);
      expect(after.runs.at(-1)).toMatchObject({ source: 'csv', status: 'failed' });
    } finally {
      data.dispose();
    }
  });
});

describe('SIGTERM stops the server cleanly during a feed poll', { timeout: 5 * 60_000 }, () => {
  let feedServer: Server;
  let port = 0;
  let polled = false;

  beforeAll(async () => {
    feedServer = createServer((_req, res) => {
      polled = true;
      // Headers, then a body that never ends: the poll is in flight until it is aborted.
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).write('<rss version="2.0">');
    });
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    const address = feedServer.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    port = address.port;
  });

  afterAll(async () => {
    feedServer.closeAllConnections();
    await new Promise((resolve) => feedServer.close(resolve));
  });

  it('aborts the fetch, records it, closes the store and exits 0 within seconds', async () => {
    const data = await newDataDir();
    try {
      const store = await openStore({ dataDir: data.dir });
      await store.db
        .insertInto('feeds')
        .values({
          id: 'local-slow',
          title: 'A local feed that never finishes',
          url: `http://127.0.0.1:${port}/feed`,
          status: 'pending',
          next_check_at: new Date(0).toISOString(),
        })
        .execute();
      // The defaults are marked seeded, so the server polls only the local feed.
      await store.db
        .insertInto('meta')
        .values({
          key: 'feeds.defaults-seeded',
          value: JSON.stringify([
            'techcrunch',
            'theverge',
            'arstechnica',
            'wired',
            'venturebeat',
            'mit-technology-review',
            'cnbc-technology',
            'google-news-ai',
          ]),
        })
        .execute();
      await store.close();
      const server = await startServerProcess({
        DATA_DIR: data.dir,
        DATABASE_URL: '',
        SCHEDULE: 'on',
        ALLOW_PRIVATE_FEEDS: `127.0.0.1:${port}`,
      });
      const started = performance.now();
      while (!polled && performance.now() - started < 60_000) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(polled, server.output()).toBe(true);
      const sent = performance.now();
      const code = await server.stop('SIGTERM');
      expect(code, server.output()).toBe(0);
      expect(performance.now() - sent).toBeLessThan(5_000);
      const after = await storeDigest(data.dir);
      expect(after.runs.filter((r) => r.status === 'running')).toEqual([]);
      expect(after.runs.at(-1)).toMatchObject({ source: 'local-slow', status: 'failed' });
      expect(after.runs.at(-1)?.message).toMatch(/^aborted/);
    } finally {
      data.dispose();
    }
  });
});
