import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type autocannon from 'autocannon';
import { repoRoot } from '../../server/src/env';
import { load, windowPaths } from '../load/window-load';
import type { BenchRow } from './bench-row';

const tickers = 'NVDA,AVGO,MSFT,AAPL,AMD';

export interface BenchServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts test/bench/bench-server.ts in its own process and waits until it listens. */
export async function startBenchServer(env: Record<string, string> = {}): Promise<BenchServer> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'aftershock-bench-api-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'test/bench/bench-server.ts')],
    {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const row = (name: string, r: autocannon.Result, reference?: autocannon.Result): BenchRow[] => [
  {
    group: 'API',
    name: `${name}: requests/s`,
    value: r.requests.average,
    unit: 'req/s',
    ...(reference && {
      reference: { name: 'bare Hono handler', value: reference.requests.average, unit: 'req/s' },
      target: 'ratio >= 0.5',
    }),
  },
  {
    group: 'API',
    name: `${name}: p99 latency`,
    value: r.latency.p99,
    unit: 'ms',
    ...(reference && {
      reference: { name: 'bare Hono handler', value: reference.latency.p99, unit: 'ms' },
    }),
  },
  {
    group: 'API',
    name: `${name}: errors and non-2xx`,
    value: r.errors + r.non2xx,
    unit: 'responses',
  },
];

/** Requests per second and p99 of the window endpoint beside a bare handler on the same server. */
export async function runApiBench(): Promise<BenchRow[]> {
  const server = await startBenchServer();
  try {
    const warm = windowPaths();
    await load({ url: server.url, paths: warm.slice(0, 50), connections: 4, seconds: 2 });
    const bare = await load({
      url: server.url,
      paths: ['/api/bench-constant'],
      connections: 20,
      seconds: 10,
    });
    const cached = await load({
      url: server.url,
      paths: [`/api/events/deepseek-selloff-2025-01-27/window?tickers=${tickers}&model=market`],
      connections: 20,
      seconds: 10,
    });
    const computed = await load({ url: server.url, paths: warm, connections: 20, seconds: 10 });
    return [
      ...row('bare Hono handler (constant JSON)', bare),
      ...row('window, 5 tickers, market model, same request (cached)', cached, bare),
      ...row('window, 5 tickers, market model, distinct requests (computed)', computed, bare),
    ];
  } finally {
    await server.stop();
  }
}
