import type { AppDeps } from '../../app-deps';
import { sharesOutstanding as filedShareCounts } from '../../catalogue/shares-outstanding';
import { recordedSplits } from './price-ingest.repo';
import { readShareCounts, type ShareCount } from './shares-outstanding.repo';

/** A share count in force on some date, with the date it was measured on and where it comes from. */
export interface SharesOn {
  shares: number;
  asOf: string;
  source: string;
}

/**
 * The figure in force on `date` among `counts` (sorted by `asOf`): the latest dated on or before
 * it, else the earliest after it (share counts move slowly, so the nearest figure beats none).
 * On a tie the later entry wins.
 */
export function shareCountOn(counts: readonly ShareCount[], date: string): SharesOn | null {
  let chosen: ShareCount | undefined = counts[0];
  for (const c of counts) {
    if (c.asOf <= date) chosen = c;
    else break;
  }
  return chosen ? { shares: chosen.shares, asOf: chosen.asOf, source: chosen.source } : null;
}

/**
 * Every share count known for `tickers`: the ones stored from live quotes, and the catalogue's
 * figures from filings (code, so an edit reaches every store at once). On the same date a filing
 * wins over a quote. All come out on the basis of the stored closes: a quote is stored as
 * reported that day and the catalogue on the basis of when it was written, and each split the
 * store applied since (recorded by `applyAdjustment`) multiplies the counts dated before it.
 */
export async function loadShareCounts(
  deps: Pick<AppDeps, 'store'>,
  tickers: readonly string[],
): Promise<Map<string, ShareCount[]>> {
  const entries = new Map<string, { count: ShareCount; filed: boolean }[]>(
    tickers.map((t) => [t, []]),
  );
  const splits = await recordedSplits(deps.store.db, tickers);
  const onTodaysBasis = (count: ShareCount): ShareCount => {
    const factor = splits
      .filter((s) => s.ticker === count.ticker && s.before > count.asOf)
      .reduce((f, s) => f * s.shareFactor, 1);
    return factor === 1 ? count : { ...count, shares: Math.round(count.shares * factor) };
  };
  for (const count of await readShareCounts(deps.store.db, tickers)) {
    entries.get(count.ticker)?.push({ count: onTodaysBasis(count), filed: false });
  }
  for (const { ticker, asOf, shares, source } of filedShareCounts) {
    const count = onTodaysBasis({ ticker, asOf, shares, source });
    entries.get(ticker)?.push({ count, filed: true });
  }
  const byTicker = new Map<string, ShareCount[]>();
  for (const [ticker, rows] of entries) {
    rows.sort(
      (a, b) => a.count.asOf.localeCompare(b.count.asOf) || Number(a.filed) - Number(b.filed),
    );
    byTicker.set(
      ticker,
      rows.map((r) => r.count),
    );
  }
  return byTicker;
}

/** The share count of `ticker` in force on `date`, or null when none is known (indexes, ETFs). */
export async function sharesOn(
  deps: Pick<AppDeps, 'store'>,
  ticker: string,
  date: string,
): Promise<SharesOn | null> {
  const counts = await loadShareCounts(deps, [ticker]);
  return shareCountOn(counts.get(ticker) ?? [], date);
}

/**
 * Change in market value in dollars over one session: shares x (close - prevClose). The closes
 * are split-adjusted (not dividend-adjusted: a dividend leaves the company's value, it is not a
 * loss of it) and the share count is on the same split-adjusted basis, so their product is the
 * company's value in dollars whatever split came later. The press convention ("Nvidia lost
 * $589 billion", 27 January 2025) uses the shares outstanding from the latest filing.
 */
export function marketValueDelta(input: {
  shares: number;
  prevClose: number;
  close: number;
}): number {
  return input.shares * (input.close - input.prevClose);
}

export interface MarketValueChange extends SharesOn {
  ticker: string;
  date: string;
  /** Dollars, negative for a loss. */
  change: number;
}

/** Each ticker's change in market value on `date`; null when its share count is unknown. */
export async function marketValueChange(
  deps: Pick<AppDeps, 'store'>,
  input: { ticker: string; date: string; prevClose: number; close: number },
): Promise<MarketValueChange | null> {
  const shares = await sharesOn(deps, input.ticker, input.date);
  if (!shares) return null;
  return {
    ticker: input.ticker,
    date: input.date,
    ...shares,
    change: marketValueDelta({
      shares: shares.shares,
      prevClose: input.prevClose,
      close: input.close,
    }),
  };
}
