import { issuers } from './shares-outstanding.data';

/** A share count taken from one filing, on today's split-adjusted basis. */
export interface SharesOutstanding {
  ticker: string;
  /** The date the filing gives the count for (cover date or balance-sheet date), `YYYY-MM-DD`. */
  asOf: string;
  shares: number;
  /** The filing, what in it the count is, and where to find it on EDGAR. */
  source: string;
  /** True once checked against the filing's text or XBRL facts; see `shares-outstanding.data.ts`. */
  verified: boolean;
}

export const sharesOutstanding: SharesOutstanding[] = issuers.flatMap((issuer) =>
  issuer.rows.map(([asOf, shares, what, verified]) => ({
    ticker: issuer.ticker,
    asOf,
    shares,
    source: `${issuer.ticker} ${what}${issuer.basis ? ` (${issuer.basis})` : ''}; EDGAR: ${issuer.edgar}`,
    verified,
  })),
);

const byTicker = new Map<string, SharesOutstanding[]>();
for (const row of sharesOutstanding) {
  const rows = byTicker.get(row.ticker) ?? [];
  rows.push(row);
  byTicker.set(row.ticker, rows);
}
for (const rows of byTicker.values()) rows.sort((a, b) => a.asOf.localeCompare(b.asOf));

/**
 * The share count in force on `date` (`YYYY-MM-DD`): the latest figure dated on or before it, or
 * the earliest figure when `date` precedes them all (share counts move slowly, so the nearest
 * figure beats none). Null for a ticker with no figures (ETFs, indexes, unknown symbols).
 * Market value on a date = close x shares, the convention of the press ("Nvidia lost $589bn").
 */
export function sharesOutstandingOn(
  ticker: string,
  date: string,
): Pick<SharesOutstanding, 'shares' | 'asOf' | 'source'> | null {
  const rows = byTicker.get(ticker);
  const earliest = rows?.[0];
  if (!rows || !earliest) return null;
  let chosen = earliest;
  for (const row of rows) {
    if (row.asOf <= date) chosen = row;
    else break;
  }
  return { shares: chosen.shares, asOf: chosen.asOf, source: chosen.source };
}
