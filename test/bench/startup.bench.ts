import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../server/src/env';
import { rssMiB } from '../load/window-load';
import { startCluster } from '../support/pg-cluster';
import type { BenchRow } from './bench-row';

const firstChart = '/api/prices?tickers=NVDA,MSFT,GOOGL,META,AMZN,AAPL,AVGO,TSM,ORCL,AMD';

/** Starts the real server as `pnpm start` does (without the web build) and times it to first data. */
async function startOnce(options: { dataDir: string; port: number; databaseUrl?: string }) {
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'server/src/main.ts')],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(options.port),
        DATA_DIR: options.dataDir,
        DATABASE_URL: options.databaseUrl ?? '',
        LOG_LEVEL: 'warn',
        SCHEDULE: 'off',
      },
      stdio: 'ignore',
    },
  );
  try {
    const url = `http://127.0.0.1:${options.port}${firstChart}`;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        const res = await fetch(url);
        if (res.ok) {
          await res.json();
          break;
        }
      } catch {
        // Not listening yet: poll again.
      }
      await new Promise((r) => setTimeout(r, 25));
      if (performance.now() - started > 120_000) throw new Error('server did not answer in 120 s');
    }
    const ms = performance.now() - started;
    return { ms, rss: rssMiB(child.pid ?? 0) };
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

function rows(
  group: string,
  cold: { ms: number; rss: number },
  warm: { ms: number; rss: number },
): BenchRow[] {
  return [
    { group, name: 'cold start to first chart data', value: cold.ms, unit: 'ms' },
    {
      group,
      name: 'warm start to first chart data',
      value: warm.ms,
      unit: 'ms',
      reference: { name: 'cold start', value: cold.ms, unit: 'ms' },
    },
    { group, name: 'resident memory after cold start', value: cold.rss, unit: 'MiB' },
    { group, name: 'resident memory after warm start', value: warm.rss, unit: 'MiB' },
  ];
}

/**
 * Cold start (a new store: initdb or a new database, migrations, snapshot load) and warm start,
 * with resident memory, on PGlite and, when PostgreSQL is installed, on PostgreSQL.
 */
export async function runStartupBench(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aftershock-bench-'));
  const out: BenchRow[] = [];
  try {
    const cold = await startOnce({ dataDir, port: 8791 });
    const warm = await startOnce({ dataDir, port: 8792 });
    out.push(...rows('start-up (PGlite)', cold, warm));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const cluster = startCluster('start-up');
  if (!cluster) return out;
  try {
    // DATA_DIR is not used with DATABASE_URL; the server still wants it to be a path.
    const cold = await startOnce({ dataDir: os.tmpdir(), port: 8793, databaseUrl: cluster.url });
    const warm = await startOnce({ dataDir: os.tmpdir(), port: 8794, databaseUrl: cluster.url });
    out.push(...rows('start-up (PostgreSQL)', cold, warm));
  } finally {
    cluster.stop();
  }
  return out;
}
