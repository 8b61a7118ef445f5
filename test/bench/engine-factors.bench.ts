import {
  aggregateStudies,
  type FactorRow,
  type FactorSeries,
  prepareFactors,
  type ReturnSeries,
  type StudyModel,
  studyTicker,
} from '@aftershock/shared';
import type { BenchRow } from './bench-row';

const tickers = 100;
const repeats = 3;

/**
 * Factors on the synthetic market's calendar: Mkt-RF is the benchmark's return less a constant
 * risk-free rate, the others seeded normal draws of a factor's daily size; in percent, as French
 * publishes them.
 */
function syntheticFactors(benchmark: ReturnSeries, seed: number): FactorSeries {
  let s = seed >>> 0;
  const u = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const z = () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  const rows: FactorRow[] = benchmark.dates.map((date, i) => {
    const r = benchmark.returns[i] ?? Number.NaN;
    return {
      date,
      mktRf: Number.isFinite(r) ? 100 * r - 0.02 : 0,
      smb: 0.5 * z(),
      hml: 0.6 * z(),
      smb5: 0.5 * z(),
      hml5: 0.6 * z(),
      rmw: 0.4 * z(),
      cma: 0.3 * z(),
      mom: 0.8 * z(),
      rf: 0.02,
    };
  });
  return prepareFactors(rows);
}

function medianMs(run: () => void): number {
  run();
  const times = Array.from({ length: repeats }, () => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  return times[repeats >> 1] ?? Number.NaN;
}

/**
 * The factor models' cost per ticker-event (studyTicker and aggregateStudies with every test) beside
 * the market model's, on the same 100 tickers × the bench's events, window [-10, +10].
 */
export function runFactorModelsBench(p: {
  group: string;
  benchmark: ReturnSeries;
  stocks: readonly ReturnSeries[];
  day0s: readonly string[];
}): BenchRow[] {
  const factors = syntheticFactors(p.benchmark, 1993);
  const stocks = p.stocks.slice(0, tickers);
  const tickerEvents = stocks.length * p.day0s.length;
  const cost = (model: StudyModel) =>
    (medianMs(() => {
      for (const day0 of p.day0s) {
        const studies = stocks.map((stock) =>
          studyTicker({ stock, benchmark: p.benchmark, factors, day0, pre: 10, post: 10, model }),
        );
        if (aggregateStudies(studies).n !== stocks.length) throw new Error(`${model}: exclusions`);
      }
    }) *
      1000) /
    tickerEvents;
  const market = cost('market');
  const label = `${stocks.length} tickers × ${p.day0s.length} events (median of ${repeats})`;
  const rows: BenchRow[] = [
    {
      group: p.group,
      name: `cost per ticker-event, market model, ${label}`,
      value: market,
      unit: 'µs',
    },
  ];
  for (const model of ['ff3', 'carhart', 'ff5'] as const) {
    rows.push({
      group: p.group,
      name: `cost per ticker-event, ${model}, ${label}`,
      value: cost(model),
      unit: 'µs',
      reference: { name: 'market model', value: market, unit: 'µs' },
    });
  }
  return rows;
}
