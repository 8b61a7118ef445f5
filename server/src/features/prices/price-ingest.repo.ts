import { type Kysely, sql } from 'kysely';
import type { Database } from '../../store/schema';
import type { Adjustment, PricePoint } from './price-adjustments';

type Db = Kysely<Database>;

/** Where each ticker's stored series ends, and its earliest bar still marked not final. */
export interface StoredSpan {
  last: string | null;
  firstProvisional: string | null;
}

export async function storedSpans(
  db: Db,
  tickers: readonly string[],
): Promise<Map<string, StoredSpan>> {
  const spans = new Map<string, StoredSpan>(
    tickers.map((t) => [t, { last: null, firstProvisional: null }]),
  );
  if (tickers.length === 0) return spans;
  const rows = await db
    .selectFrom('daily_bars')
    .select(['ticker'])
    .select((eb) => [
      eb.fn.max('date').as('last'),
      eb.fn.min(sql<string>`case when final then null else date end`).as('firstProvisional'),
    ])
    .where('ticker', 'in', [...tickers])
    .groupBy('ticker')
    .execute();
  for (const r of rows) {
    spans.set(r.ticker, {
      last: r.last === null ? null : String(r.last),
      firstProvisional: r.firstProvisional === null ? null : String(r.firstProvisional),
    });
  }
  return spans;
}

/** The first session the store holds for any ticker: where a new ticker's backfill starts. */
export async function firstStoredDate(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('daily_bars')
    .select((eb) => eb.fn.min('date').as('first'))
    .executeTakeFirst();
  return row?.first == null ? null : String(row.first);
}

/** Date, close and adjusted close of a ticker's stored bars, in date order. */
export async function storedPoints(db: Db, ticker: string): Promise<PricePoint[]> {
  const rows = await db
    .selectFrom('daily_bars')
    .select(['date', 'close', 'adj_close'])
    .where('ticker', '=', ticker)
    .orderBy('date')
    .execute();
  return rows.map((r) => ({ date: r.date, close: r.close, adjClose: r.adj_close }));
}

/**
 * Rescales a ticker's stored bars dated before `adjustment.before` and records the rescale (the
 * record is also what puts older share counts on the new basis, see `loadShareCounts`). Run it in
 * the transaction that writes the fresh bars.
 */
export async function applyAdjustment(
  db: Db,
  options: { ticker: string; adjustment: Adjustment },
): Promise<number> {
  const { ticker, adjustment: a } = options;
  const result = await db
    .updateTable('daily_bars')
    .set({
      open: sql<number>`${sql.ref('open')} * ${a.priceFactor}::float8`,
      high: sql<number>`${sql.ref('high')} * ${a.priceFactor}::float8`,
      low: sql<number>`${sql.ref('low')} * ${a.priceFactor}::float8`,
      close: sql<number>`${sql.ref('close')} * ${a.priceFactor}::float8`,
      adj_close: sql<number>`${sql.ref('adj_close')} * ${a.adjFactor}::float8`,
      volume: sql<number | null>`round(${sql.ref('volume')} * ${a.shareFactor}::float8)::int8`,
    })
    .where('ticker', '=', ticker)
    .where('date', '<', a.before)
    .executeTakeFirst();
  await db
    .insertInto('price_adjustments')
    .values({
      ticker,
      before: a.before,
      price_factor: a.priceFactor,
      share_factor: a.shareFactor,
      adj_factor: a.adjFactor,
      reason: a.reason,
    })
    .execute();
  return Number(result.numUpdatedRows);
}

/** The recorded splits of `tickers` (rescales with a share factor other than 1). */
export async function recordedSplits(
  db: Db,
  tickers: readonly string[],
): Promise<{ ticker: string; before: string; shareFactor: number }[]> {
  if (tickers.length === 0) return [];
  const rows = await db
    .selectFrom('price_adjustments')
    .select(['ticker', 'before', 'share_factor'])
    .where('ticker', 'in', [...tickers])
    .where('share_factor', '<>', 1)
    .execute();
  return rows.map((r) => ({ ticker: r.ticker, before: r.before, shareFactor: r.share_factor }));
}

/** The last session the store holds for any ticker. */
export async function lastStoredDate(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('daily_bars')
    .select((eb) => eb.fn.max('date').as('last'))
    .executeTakeFirst();
  return row?.last == null ? null : String(row.last);
}
