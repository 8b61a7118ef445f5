import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { curatedEvents } from '../../server/src/catalogue/curated-events';
import { newDataDir } from '../crash/crash-rig';
import { type ServerProcess, startServerProcess } from '../support/server-process';

export interface LoadFigures {
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Connection errors and timeouts (autocannon's `errors` counts both). */
  errors: number;
  non2xx: number;
  /** How long the warm-up ran: rounds until resident memory stopped growing. */
  warmupSeconds: number;
  /** Resident memory of the server after the warm-up, and after the measured run. */
  rssBeforeMiB: number;
  rssAfterMiB: number;
  /** Distinct request paths, against the 500 results the window cache holds. */
  distinctPaths: number;
}

const tickers = 'NVDA,AVGO,MSFT,AAPL,AMD';

/**
 * Distinct window studies, more than the result cache holds (500), in a shuffled but fixed
 * order: every curated event x pre 0-10 x post 0-10 (even), market model on QQQ.
 */
export function windowPaths(): string[] {
  const paths: string[] = [];
  for (const e of curatedEvents) {
    for (let pre = 0; pre <= 10; pre++) {
      for (let post = 0; post <= 10; post += 2) {
        paths.push(`/api/events/${e.id}/window?tickers=${tickers}&pre=${pre}&post=${post}`);
      }
    }
  }
  // A fixed shuffle (multiplicative stride) so runs compare.
  const stride = 7919;
  return paths.map((_, i) => paths[(i * stride) % paths.length] ?? '');
}

export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
}

/** autocannon over `paths` in turn; `timeoutSeconds` per request (autocannon's default: 10). */
export function load(options: {
  url: string;
  paths: readonly string[];
  connections: number;
  seconds: number;
  timeoutSeconds?: number;
}): Promise<autocannon.Result> {
  let i = 0;
  return autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: options.timeoutSeconds ?? 10,
    requests: [
      {
        setupRequest: (req) => {
          req.path = options.paths[i++ % options.paths.length] ?? '/';
          return req;
        },
      },
    ],
  });
}

const settle = () => new Promise((r) => setTimeout(r, 1500));

/**
 * The real server (server/src/main.ts, its own process, schedules off) on a copy of the loaded
 * store, loaded with distinct window studies at `connections` at once: a warm-up of the same mix
 * first (so caches and the heap reach their working size), then the measured run. Resident
 * memory is read from /proc/<pid>/status after each.
 */
export async function runWindowLoad(options: {
  seconds: number;
  connections: number;
  /** One warm-up round; rounds repeat until memory settles. */
  warmupSeconds: number;
}): Promise<LoadFigures> {
  const data = await newDataDir();
  const server = await startServerProcess({
    DATA_DIR: data.dir,
    DATABASE_URL: '',
    SCHEDULE: 'off',
    // One autocannon stands for many analysts here: the per-client compute budget would turn
    // most of its requests into 429s. The flood bench (health-under-flood.ts) keeps it.
    STUDY_CLIENT_RATE: '0',
  });
  let figures: LoadFigures;
  try {
    figures = await measure(server, options);
  } finally {
    await server.stop('SIGTERM');
    data.dispose();
  }
  if (server.child.exitCode !== 0) {
    throw new Error(`the server exited with ${server.child.exitCode}:\n${server.output()}`);
  }
  return figures;
}

async function measure(
  server: ServerProcess,
  options: { seconds: number; connections: number; warmupSeconds: number },
): Promise<LoadFigures> {
  const pid = server.child.pid;
  if (pid === undefined) throw new Error('the server has no pid');
  const paths = windowPaths();
  const { url } = server;
  const { connections } = options;
  // Warm up in rounds until resident memory grows less than 5% in one: the caches are full and
  // the heap has the size this load needs, so growth after that is what a leak would show.
  let rssBeforeMiB = rssMiB(pid);
  let warmupSeconds = 0;
  for (let round = 0; round < 6; round++) {
    await load({ url, paths, connections, seconds: options.warmupSeconds, timeoutSeconds: 20 });
    await settle();
    warmupSeconds += options.warmupSeconds;
    const now = rssMiB(pid);
    const grew = now / rssBeforeMiB;
    rssBeforeMiB = now;
    if (round >= 1 && grew < 1.05) break;
  }
  const r = await load({ url, paths, connections, seconds: options.seconds, timeoutSeconds: 20 });
  await settle();
  const rssAfterMiB = rssMiB(pid);
  return {
    seconds: options.seconds,
    connections,
    requests: r.requests.total,
    requestsPerSecond: r.requests.average,
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
    warmupSeconds,
    rssBeforeMiB,
    rssAfterMiB,
    distinctPaths: new Set(paths).size,
  };
}
