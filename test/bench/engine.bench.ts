import process from 'node:process';
import { pathToFileURL } from 'node:url';
import {
  aggregateStudies,
  centredRanks,
  type PricePoint,
  prepareSeries,
  type ReturnSeries,
  studyTicker,
  type TickerStudy,
} from '@aftershock/shared';
import type { BenchRow } from './bench-row';
import { runFactorModelsBench } from './engine-factors.bench';

const sessions = 2520;
const fullTickers = 500;
const events = 100;
const pre = 10;
const post = 10;
const targetMs = 250;
/** Runs of each size; the median is reported, so one slow run on a noisy machine does not count. */
const repeats = 5;

/** mulberry32, so every run studies the same synthetic market. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws from uniform ones (Box-Muller). */
const normal = (r: () => number) => () =>
  Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());

interface Market {
  dates: string[];
  benchmark: PricePoint[];
  /** Stock i's prices, made on demand (seeded by i) so a large universe is never all in memory. */
  stock(i: number): PricePoint[];
  day0s: string[];
}

/** Ten years of weekdays; a market factor; each stock alpha + beta × market + its own noise. */
function syntheticMarket(seed: number, eventCount: number): Market {
  const u = rng(seed);
  const z = normal(u);
  const dates: string[] = [];
  for (let t = Date.UTC(2015, 0, 2); dates.length < sessions; t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) dates.push(d.toISOString().slice(0, 10));
  }
  const rm = dates.map(() => 0.0004 + 0.011 * z());
  const toPrices = (returns: readonly number[]) => {
    let p = 100;
    return dates.map((date, i) => {
      if (i > 0) p *= 1 + (returns[i] ?? 0);
      return { date, adjClose: p };
    });
  };
  const day0s = Array.from(
    { length: eventCount },
    () => dates[260 + Math.floor(u() * (sessions - 260 - post - 1))] ?? '',
  );
  return {
    dates,
    benchmark: toPrices(rm),
    stock(i) {
      const v = rng(seed * 7919 + i + 1);
      const zi = normal(v);
      const beta = 0.5 + 1.3 * v();
      const alpha = 0.0004 * (v() - 0.5);
      const sd = 0.01 + 0.02 * v();
      return toPrices(rm.map((m) => alpha + beta * m + sd * zi()));
    },
    day0s,
  };
}

interface RunTimes {
  wallMs: number;
  cpuMs: number;
  studiesMs: number;
  aggregateMs: number;
}

function runStudies(a: {
  benchmark: ReturnSeries;
  stocks: readonly ReturnSeries[];
  day0s: readonly string[];
}): RunTimes {
  let included = 0;
  let studiesMs = 0;
  let aggregateMs = 0;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (const day0 of a.day0s) {
    const t0 = performance.now();
    const studies: TickerStudy[] = a.stocks.map((stock) =>
      studyTicker({ stock, benchmark: a.benchmark, day0, pre, post, model: 'market' }),
    );
    const t1 = performance.now();
    included += aggregateStudies(studies).n;
    aggregateMs += performance.now() - t1;
    studiesMs += t1 - t0;
  }
  const wallMs = performance.now() - wall0;
  const cpu = process.cpuUsage(cpu0);
  const expected = a.stocks.length * a.day0s.length;
  if (included !== expected) throw new Error(`${expected - included} studies were excluded`);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, studiesMs, aggregateMs };
}

/**
 * The rank test's own cost: the engine's ranking (centredRanks: the counting sort the aggregate
 * runs, fused there with the pass that computes the ARs) of `studies` arrays of 261 normal ARs,
 * one study's estimation and event windows, with nothing else. Median of `repeats` runs; beside
 * the total it shows how much of the 250 ms the Corrado ranks alone take.
 */
function ranksAloneMs(studies: number): number {
  const m = 261;
  const z = normal(rng(261));
  const samples = Array.from({ length: 2000 }, () =>
    Float64Array.from({ length: m }, () => 0.02 * z()),
  );
  const out = new Float64Array(m);
  const hint = { mean: 0, sd: 0.02 };
  const once = () => {
    const t0 = performance.now();
    for (let k = 0; k < studies; k += 1)
      centredRanks(samples[k % samples.length] ?? out, m, out, hint);
    return performance.now() - t0;
  };
  once();
  const times = Array.from({ length: repeats }, once).sort((a, b) => a - b);
  return times[repeats >> 1] ?? Number.NaN;
}

/**
 * 500 tickers × 100 events on seeded synthetic series of 2520 sessions, window [-10, +10],
 * market model with every aggregate test (KP-adjusted BMP and Patell, portfolio, Corrado rank,
 * BMP, Patell, cross-sectional t, generalized sign, AAR/CAAR per offset), at 1/4, 1/2 and full
 * size (tickers scaled, so the per-event aggregates grow too). Each size runs five times and the
 * median run is reported (with the fastest and slowest at full size): on a small shared machine
 * one run can be a third slower than the next.
 */
export async function runEngineBench(): Promise<BenchRow[]> {
  const group = 'event-study engine';
  const market = syntheticMarket(20250127, events);
  const t0 = performance.now();
  const benchmark = prepareSeries(market.benchmark);
  const stocks = Array.from({ length: fullTickers }, (_, i) => prepareSeries(market.stock(i)));
  const rows: BenchRow[] = [
    {
      group,
      name: `prepare returns, ${stocks.length + 1} series × ${sessions} sessions (once)`,
      value: performance.now() - t0,
      unit: 'ms',
    },
  ];
  // Warm what a long-lived server keeps between requests: the compiled engine, and each
  // series' alignment on the benchmark and block prefix sums (built on a series' first study).
  // Timed and shown on its own row, so that the sizes below compare like with like.
  const warm0 = performance.now();
  runStudies({ benchmark, stocks, day0s: market.day0s.slice(0, 2) });
  runStudies({ benchmark, stocks: stocks.slice(0, 50), day0s: market.day0s.slice(0, 10) });
  rows.push({
    group,
    name: `warm caches and JIT, ${stocks.length} tickers × 2 events + 50 × 10 (once)`,
    value: performance.now() - warm0,
    unit: 'ms',
  });

  const perTickerEvent: BenchRow[] = [];
  for (const share of [0.25, 0.5, 1]) {
    const n = Math.round(fullTickers * share);
    const runs = Array.from({ length: repeats }, () =>
      runStudies({ benchmark, stocks: stocks.slice(0, n), day0s: market.day0s }),
    ).sort((a, b) => a.wallMs - b.wallMs);
    const run = runs[repeats >> 1] ?? runs[0];
    if (run === undefined) throw new Error('no run');
    const tickerEvents = n * events;
    const label = `${n} tickers × ${events} events`;
    const full = share === 1;
    rows.push(
      {
        group,
        name: `total time, ${label} (median of ${repeats})`,
        value: run.wallMs,
        unit: 'ms',
        ...(full ? { target: `< ${targetMs} ms` } : {}),
      },
      { group, name: `CPU time, ${label} (the same run)`, value: run.cpuMs, unit: 'ms' },
      {
        group,
        name: `throughput, ${label}`,
        value: tickerEvents / (run.wallMs / 1000),
        unit: 'ticker-events/s',
      },
    );
    const per: BenchRow = {
      group,
      name: `cost per ticker-event, ${label}`,
      value: (run.wallMs * 1000) / tickerEvents,
      unit: 'µs',
    };
    perTickerEvent.push(per);
    rows.push(per);
    if (full) {
      const total = { name: 'total', value: run.wallMs, unit: 'ms' };
      rows.push(
        {
          group,
          name: `  fastest and slowest of ${repeats}, ${label}`,
          value: runs[0]?.wallMs ?? Number.NaN,
          unit: 'ms',
          reference: { name: 'slowest', value: runs.at(-1)?.wallMs ?? Number.NaN, unit: 'ms' },
        },
        {
          group,
          name: `  of which studyTicker, ${label}`,
          value: run.studiesMs,
          unit: 'ms',
          reference: total,
        },
        {
          group,
          name: `  of which aggregateStudies, ${label}`,
          value: run.aggregateMs,
          unit: 'ms',
          reference: total,
        },
        {
          group,
          name: `  Corrado ranks alone (261 ARs of each of ${tickerEvents.toLocaleString('en-US')} studies)`,
          value: ranksAloneMs(tickerEvents),
          unit: 'ms',
          reference: total,
        },
      );
      for (const row of perTickerEvent.slice(0, -1)) {
        row.reference = { name: 'full size', value: per.value, unit: 'µs' };
      }
    }
  }
  rows.push(...runFactorModelsBench({ group, benchmark, stocks, day0s: market.day0s }));
  rows.push(...(await runEngineScaleBench(perTickerEvent.at(-1))));
  return rows;
}

const scaleTickers = 3000;
const scaleEvents = 200;

/**
 * The universe of the scale-out issue: 3,000 tickers × 10 years × 200 events, each event studied
 * on every ticker (market model, window [-10, +10], every test), once. Beside it, the cost per
 * ticker-event of the 500 × 100 run: a flat cost is what "linear" means here.
 */
export async function runEngineScaleBench(reference?: BenchRow): Promise<BenchRow[]> {
  const group = 'event-study engine';
  const market = syntheticMarket(20251231, scaleEvents);
  const heap0 = process.memoryUsage().heapUsed;
  let t = performance.now();
  const benchmark = prepareSeries(market.benchmark);
  const stocks = Array.from({ length: scaleTickers }, (_, i) => prepareSeries(market.stock(i)));
  const prepareMs = performance.now() - t;
  t = performance.now();
  runStudies({ benchmark, stocks, day0s: market.day0s.slice(0, 2) });
  const warmMs = performance.now() - t;
  const run = runStudies({ benchmark, stocks, day0s: market.day0s });
  const heapMiB = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const label = `${scaleTickers.toLocaleString('en-US')} tickers × 10 years × ${scaleEvents} events`;
  const tickerEvents = scaleTickers * scaleEvents;
  return [
    { group, name: `prepare returns, ${label} (once)`, value: prepareMs, unit: 'ms' },
    { group, name: `warm caches, ${label}, 2 events (once)`, value: warmMs, unit: 'ms' },
    { group, name: `total time, ${label}`, value: run.wallMs, unit: 'ms' },
    {
      group,
      name: `throughput, ${label}`,
      value: tickerEvents / (run.wallMs / 1000),
      unit: 'ticker-events/s',
    },
    {
      group,
      name: `cost per ticker-event, ${label}`,
      value: (run.wallMs * 1000) / tickerEvents,
      unit: 'µs',
      ...(reference && {
        reference: { name: '500 × 100', value: reference.value, unit: reference.unit },
      }),
    },
    { group, name: `heap held by the series and caches, ${label}`, value: heapMiB, unit: 'MiB' },
  ];
}

function printTable(rows: readonly BenchRow[]): void {
  const lines = rows.map((r) => {
    const value =
      r.value >= 1000 ? Math.round(r.value).toLocaleString('en-US') : r.value.toFixed(2);
    const ref = r.reference
      ? ` (${r.reference.name}: ${r.reference.value.toFixed(2)} ${r.reference.unit})`
      : '';
    const target = r.target ? `  target ${r.target}` : '';
    return `${r.name.padEnd(58)} ${value.padStart(12)} ${r.unit}${ref}${target}`;
  });
  console.log([`${rows[0]?.group ?? ''}`, ...lines].join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printTable(await runEngineBench());
}
