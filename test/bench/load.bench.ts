import { disposeTemplate } from '../crash/crash-rig';
import { runWindowLoad } from '../load/window-load';
import type { BenchRow } from './bench-row';

/**
 * The load test's figures (test/load/window-load.test.ts): the real server under 100 connections
 * of distinct window studies for 30 s after a warm-up, its throughput, latency, errors and
 * resident memory before and after.
 */
export async function runLoadBench(): Promise<BenchRow[]> {
  try {
    const f = await runWindowLoad({ seconds: 30, connections: 100, warmupSeconds: 10 });
    const group = 'Load';
    const what = `window, ${f.distinctPaths} distinct studies, ${f.connections} connections`;
    return [
      { group, name: `${what}: requests/s`, value: f.requestsPerSecond, unit: 'req/s' },
      { group, name: `${what}: p50 latency`, value: f.latencyP50Ms, unit: 'ms' },
      { group, name: `${what}: p99 latency`, value: f.latencyP99Ms, unit: 'ms' },
      {
        group,
        name: `${what}: errors and non-2xx`,
        value: f.errors + f.non2xx,
        unit: 'responses',
        target: '0',
      },
      {
        group,
        name: `server RSS after a ${f.warmupSeconds} s warm-up`,
        value: f.rssBeforeMiB,
        unit: 'MiB',
      },
      {
        group,
        name: `server RSS after ${f.seconds} s of load`,
        value: f.rssAfterMiB,
        unit: 'MiB',
        reference: { name: 'after the warm-up', value: f.rssBeforeMiB, unit: 'MiB' },
        target: 'ratio <= 1.2',
      },
    ];
  } finally {
    disposeTemplate();
  }
}
