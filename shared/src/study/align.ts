import type { ReturnSeries } from './series';

/**
 * A stock and its benchmark on one calendar (the benchmark's sessions, or the stock's own when
 * there is no benchmark). ri[t] and rm[t] are returns over the same span, from the previous
 * session on which both have a price to session t; NaN where the stock has no price at t.
 */
export interface AlignedPair {
  readonly dates: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly ri: Float64Array;
  readonly rm: Float64Array | null;
  /** Stock close at t, NaN when the stock has no bar that session. */
  readonly close: Float64Array;
}

const cache = new WeakMap<ReturnSeries, WeakMap<ReturnSeries, AlignedPair>>();

/**
 * Aligns a stock on its benchmark once; later calls with the same two series return the cached
 * alignment, so repeated studies only do index arithmetic.
 */
export function alignPair(stock: ReturnSeries, benchmark: ReturnSeries | null): AlignedPair {
  if (benchmark === null) {
    return {
      dates: stock.dates,
      indexOf: stock.indexOf,
      ri: stock.returns,
      rm: null,
      close: stock.closes,
    };
  }
  let byBenchmark = cache.get(stock);
  if (byBenchmark === undefined) {
    byBenchmark = new WeakMap();
    cache.set(stock, byBenchmark);
  }
  const hit = byBenchmark.get(benchmark);
  if (hit !== undefined) return hit;
  const aligned = sameDates(stock.dates, benchmark.dates)
    ? {
        dates: benchmark.dates,
        indexOf: benchmark.indexOf,
        ri: stock.returns,
        rm: benchmark.returns,
        close: stock.closes,
      }
    : alignOnCommonSessions(stock, benchmark);
  byBenchmark.set(benchmark, aligned);
  return aligned;
}

function alignOnCommonSessions(stock: ReturnSeries, benchmark: ReturnSeries): AlignedPair {
  const n = benchmark.dates.length;
  const ri = new Float64Array(n).fill(Number.NaN);
  const rm = new Float64Array(n).fill(Number.NaN);
  const close = new Float64Array(n).fill(Number.NaN);
  let prevT = -1;
  let prevJ = -1;
  for (let t = 0; t < n; t += 1) {
    const j = stock.indexOf.get(benchmark.dates[t] ?? '');
    const pm = benchmark.closes[t] ?? Number.NaN;
    if (j === undefined || !(pm > 0)) continue;
    const ps = stock.closes[j] ?? Number.NaN;
    if (!(ps > 0)) continue;
    close[t] = ps;
    if (prevT >= 0) {
      ri[t] = ps / (stock.closes[prevJ] ?? Number.NaN) - 1;
      rm[t] = pm / (benchmark.closes[prevT] ?? Number.NaN) - 1;
    }
    prevT = t;
    prevJ = j;
  }
  return { dates: benchmark.dates, indexOf: benchmark.indexOf, ri, rm, close };
}

function sameDates(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
