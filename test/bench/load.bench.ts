import { disposeTemplate } from '../crash/crash-rig';
import { runHealthUnderFlood } from '../load/health-under-flood';
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
      ...(await floodRows()),
    ];
  } finally {
    disposeTemplate();
  }
}

/** /api/health under the attack of issue 16 (12 clients of heavy heatmaps), against idle. */
async function floodRows(): Promise<BenchRow[]> {
  const f = await runHealthUnderFlood({ clients: 12, seconds: 20 });
  const group = 'Load';
  const statuses = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ');
  console.log(`heatmap flood: ${statuses(f.floodStatuses)}; health: ${statuses(f.healthStatuses)}`);
  return [
    {
      group,
      name: 'health, median, under a flood of heavy heatmaps (12 clients)',
      value: f.floodMedianMs,
      unit: 'ms',
      reference: { name: 'idle', value: f.idleMedianMs, unit: 'ms' },
    },
    { group, name: 'health, slowest, under the flood', value: f.floodSlowestMs, unit: 'ms' },
  ];
}
