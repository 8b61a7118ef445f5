import type { CompanyInfo } from '@aftershock/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';

/**
 * Every company with the dates of its first and last bar. The dates come from one index probe per
 * company on (ticker, date), not a scan of all bars: a universe of thousands of tickers over ten
 * years holds millions of rows.
 */
export async function listCompanies(db: Kysely<Database>): Promise<CompanyInfo[]> {
  const rows = await db
    .selectFrom('companies as c')
    .select(['c.ticker', 'c.name', 'c.kind', 'c.groups', 'c.aliases', 'c.origin'])
    .select((eb) => [
      eb
        .selectFrom('daily_bars as b')
        .select((b) => b.fn.min('b.date').as('d'))
        .whereRef('b.ticker', '=', 'c.ticker')
        .as('firstDate'),
      eb
        .selectFrom('daily_bars as b')
        .select((b) => b.fn.max('b.date').as('d'))
        .whereRef('b.ticker', '=', 'c.ticker')
        .as('lastDate'),
    ])
    .orderBy('c.ticker')
    .execute();
  return rows.map((r) => ({
    ticker: r.ticker,
    name: r.name,
    kind: r.kind,
    groups: r.groups as CompanyInfo['groups'],
    aliases: r.aliases,
    origin: r.origin,
    firstDate: r.firstDate == null ? null : String(r.firstDate),
    lastDate: r.lastDate == null ? null : String(r.lastDate),
  }));
}

/** The stored tickers among `tickers`, and the ones the store does not know. */
export async function partitionKnown(
  db: Kysely<Database>,
  tickers: readonly string[],
): Promise<{ known: string[]; unknown: string[] }> {
  if (tickers.length === 0) return { known: [], unknown: [] };
  const rows = await db
    .selectFrom('companies')
    .select('ticker')
    .where('ticker', 'in', [...tickers])
    .execute();
  const found = new Set(rows.map((r) => r.ticker));
  return {
    known: tickers.filter((t) => found.has(t)),
    unknown: tickers.filter((t) => !found.has(t)),
  };
}
