import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';

type Db = Kysely<Database>;

/** A share count on today's split-adjusted basis, with the date it holds for and its source. */
export interface ShareCount {
  ticker: string;
  asOf: string;
  shares: number;
  source: string;
}

/** Stores one figure; the same ticker, date and source again replaces it. */
export async function saveShareCount(db: Db, count: ShareCount): Promise<void> {
  await db
    .insertInto('shares_outstanding')
    .values({ ticker: count.ticker, as_of: count.asOf, shares: count.shares, source: count.source })
    .onConflict((oc) =>
      oc.columns(['ticker', 'as_of', 'source']).doUpdateSet({ shares: count.shares }),
    )
    .execute();
}

/** The stored figures of `tickers`, in date order. */
export async function readShareCounts(db: Db, tickers: readonly string[]): Promise<ShareCount[]> {
  if (tickers.length === 0) return [];
  const rows = await db
    .selectFrom('shares_outstanding')
    .select(['ticker', 'as_of', 'shares', 'source'])
    .where('ticker', 'in', [...tickers])
    .orderBy('ticker')
    .orderBy('as_of')
    .execute();
  return rows.map((r) => ({ ticker: r.ticker, asOf: r.as_of, shares: r.shares, source: r.source }));
}

/** The date of the latest figure from `source` for `ticker`, or null. */
export async function latestShareCountDate(
  db: Db,
  options: { ticker: string; source: string },
): Promise<string | null> {
  const row = await db
    .selectFrom('shares_outstanding')
    .select((eb) => eb.fn.max('as_of').as('last'))
    .where('ticker', '=', options.ticker)
    .where('source', '=', options.source)
    .executeTakeFirst();
  return row?.last == null ? null : String(row.last);
}
