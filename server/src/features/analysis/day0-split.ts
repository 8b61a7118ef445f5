import {
  type Bar,
  type GapPrices,
  isFactorModel,
  openGapSplit,
  type TickerResult,
  type WindowResult,
} from '@aftershock/shared';
import type { AppDeps } from '../../app-deps';
import { readBars } from '../prices/prices.repo';

/** Adjusted prices of day 0 and the close before: opens scaled by the day's adjClose / close. */
function gapPrices(bars: readonly Bar[] | undefined, day0: string): GapPrices | null {
  const i = bars?.findIndex((b) => b.date === day0) ?? -1;
  const today = bars?.[i];
  const before = bars?.[i - 1];
  if (!today || !before || !(today.open > 0) || !(today.close > 0)) return null;
  return {
    prevClose: before.adjClose,
    open: (today.open * today.adjClose) / today.close,
    close: today.adjClose,
  };
}

/**
 * Each result with its day 0 split at the open. The market model uses its fit; market-adjusted
 * (0, 1) and raw (0, 0); factor models and basket benchmarks get none (no one market open).
 */
export async function withDay0Splits(
  deps: AppDeps,
  p: {
    results: TickerResult[];
    day0: string;
    prevSession: string | undefined;
    model: WindowResult['model'];
    /** The benchmark's ticker, or null for a basket. */
    benchmarkTicker: string | null;
    /** Whether the study reads whole series (then the bars kept in memory serve, see below). */
    wholeSeries: boolean;
  },
): Promise<TickerResult[]> {
  if (isFactorModel(p.model) || !p.prevSession) return p.results;
  const needsBenchmark = p.model !== 'raw';
  if (needsBenchmark && p.benchmarkTicker === null) return p.results;
  const tickers = p.results.filter((r) => r.status === 'ok').map((r) => r.ticker);
  if (needsBenchmark && p.benchmarkTicker) tickers.push(p.benchmarkTicker);
  const range = { from: p.prevSession, to: p.day0 };
  const bars = p.wholeSeries
    ? await barsInMemory(deps, tickers, range)
    : await readBars(deps.store.db, { tickers, ...range });
  const benchmark = needsBenchmark ? gapPrices(bars.get(p.benchmarkTicker ?? ''), p.day0) : null;
  if (needsBenchmark && benchmark === null) return p.results;
  return p.results.map((r) => {
    const ar = r.days.find((d) => d.offset === 0)?.abnormalReturn ?? null;
    const stock = gapPrices(bars.get(r.ticker), p.day0);
    const [alpha, beta] =
      p.model === 'market' ? [r.alpha, r.beta] : p.model === 'market-adjusted' ? [0, 1] : [0, 0];
    if (r.status !== 'ok' || ar === null || stock === null || alpha === null || beta === null) {
      return r;
    }
    return { ...r, day0Split: openGapSplit({ stock, benchmark, alpha, beta, ar }) };
  });
}

/**
 * What `readBars` answers for `tickers` over `range`, cut out of the whole bars the market data
 * keeps per data version: a store query per request cost about 0.7 ms of CPU on PGlite for these
 * dozen rows, a quarter of a computed window study. Only for studies that read whole series; in a
 * universe larger than the LRU the few rows are read from the store.
 */
async function barsInMemory(
  deps: AppDeps,
  tickers: readonly string[],
  range: { from: string; to: string },
): Promise<Map<string, Bar[]>> {
  const all = await Promise.all(tickers.map((t) => deps.market.bars(t)));
  return new Map(tickers.map((t, i) => [t, between(all[i] ?? [], range)]));
}

/** The bars dated `from` to `to` of bars sorted by date, by binary search. */
function between(bars: readonly Bar[], range: { from: string; to: string }): Bar[] {
  let lo = 0;
  let hi = bars.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((bars[mid]?.date ?? '') < range.from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < bars.length && (bars[end]?.date ?? '') <= range.to) end += 1;
  return bars.slice(lo, end);
}
