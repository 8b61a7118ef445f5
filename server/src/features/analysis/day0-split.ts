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
  },
): Promise<TickerResult[]> {
  if (isFactorModel(p.model) || !p.prevSession) return p.results;
  const needsBenchmark = p.model !== 'raw';
  if (needsBenchmark && p.benchmarkTicker === null) return p.results;
  const tickers = p.results.filter((r) => r.status === 'ok').map((r) => r.ticker);
  if (needsBenchmark && p.benchmarkTicker) tickers.push(p.benchmarkTicker);
  const bars = await readBars(deps.store.db, { tickers, from: p.prevSession, to: p.day0 });
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
