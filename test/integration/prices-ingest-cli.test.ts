import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot } from '../../server/src/boot';
import { repoRoot } from '../../server/src/env';
import {
  type BarsFingerprint,
  barsFingerprint,
  lastRun,
} from '../../server/src/features/prices/price-store.testing';
import { upsertBars } from '../../server/src/features/prices/prices.repo';
import { silentLogger } from '../../server/src/logger';
import { openStore } from '../../server/src/store/open-store';

/*
 * The real command in a child process, on a PGlite folder of its own. The child's DNS answers
 * ENOTFOUND for every host, as on a machine without a network, so the test never reaches Yahoo
 * even where a network exists; the fetch, its error and its classification are the real ones.
 */

const offlineDns = `import dns from 'node:dns';
dns.lookup = (hostname, options, callback) => {
  const cb = typeof options === 'function' ? options : callback;
  const error = Object.assign(new Error('getaddrinfo ENOTFOUND ' + hostname), {
    code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname,
  });
  process.nextTick(cb, error);
};
`;

let dir: string;
let preload: string;
let before: BarsFingerprint;
let companiesBefore: number;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'aftershock-cli-'));
  preload = path.join(dir, 'offline-dns.mjs');
  writeFileSync(preload, offlineDns);
  const deps = await boot({ dataDir: path.join(dir, 'data'), log: silentLogger, snapshot: false });
  await upsertBars(deps.store.db, {
    ticker: 'NVDA',
    source: 'snapshot',
    bars: [
      {
        date: '2025-01-24',
        open: 148.37,
        high: 148.97,
        low: 141.88,
        close: 142.62,
        adjClose: 142.57327,
        volume: 234_657_600,
      },
      {
        date: '2025-01-27',
        open: 124.8,
        high: 128.4,
        low: 116.7,
        close: 118.42,
        adjClose: 118.38121,
        volume: 818_830_900,
      },
    ],
  });
  before = await barsFingerprint(deps.store.db, 'NVDA');
  companiesBefore = (await deps.store.db.selectFrom('companies').select('ticker').execute()).length;
  await deps.store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function aftershock(args: string[]) {
  const started = performance.now();
  return new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>(
    (resolve) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          '--import',
          pathToFileURL(preload).href,
          'server/src/cli/main.ts',
          ...args,
        ],
        {
          cwd: repoRoot,
          env: {
            ...process.env,
            DATA_DIR: path.join(dir, 'data'),
            DATABASE_URL: '',
            LOG_LEVEL: 'error',
          },
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.on('close', (code) => {
        clearTimeout(guard);
        resolve({ code, stdout, stderr, ms: performance.now() - started });
      });
    },
  );
}

async function storeAfter() {
  const store = await openStore({ dataDir: path.join(dir, 'data') });
  try {
    return {
      bars: await barsFingerprint(store.db, 'NVDA'),
      companies: (await store.db.selectFrom('companies').select('ticker').execute()).length,
      run: await lastRun(store.db, 'yahoo'),
    };
  } finally {
    await store.close();
  }
}

describe('the command line with no network', () => {
  it('ingest prices --tickers NVDA ends within 30 s, exit 1, says Yahoo is unreachable, stores nothing', async () => {
    const { code, stderr, ms } = await aftershock(['ingest', 'prices', '--tickers', 'NVDA']);
    expect(ms).toBeLessThan(30_000);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'Yahoo Finance is unreachable: NVDA: network unreachable (ENOTFOUND)\nNothing was stored; the stored data is unchanged.',
    );
    const after = await storeAfter();
    expect(after.bars).toEqual(before);
    expect(after.run).toMatchObject({ status: 'failed', rows_written: 0 });
  }, 40_000);

  it('tickers add CRWV ends with exit 1 and stores no company', async () => {
    const { code, stderr, ms } = await aftershock(['tickers', 'add', 'CRWV']);
    expect(ms).toBeLessThan(30_000);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^Yahoo Finance is unreachable: CRWV: network unreachable \(ENOTFOUND\)\. Nothing was stored\./,
    );
    const after = await storeAfter();
    expect(after.companies).toBe(companiesBefore);
    expect(after.bars).toEqual(before);
  }, 40_000);
});
