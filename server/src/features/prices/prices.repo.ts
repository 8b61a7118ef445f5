import type { Bar } from '@aftershock/shared';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../store/schema';

type Db = Kysely<Database>;

const BATCH = 2000;

/**
 * Inserts or replaces bars by (ticker, date); call inside a transaction to keep a write whole.
 * Returns how many rows it inserted or changed: a bar refetched with the same figures is left
 * alone and not counted, so a refetch of unchanged sessions moves no data version.
 */
export async function upsertBars(
  db: Db,
  options: { ticker: string; bars: readonly (Bar & { final?: boolean })[]; source: string },
): Promise<number> {
  const { ticker, bars, source } = options;
  let changed = 0;
  for (let i = 0; i < bars.length; i += BATCH) {
    const rows = bars.slice(i, i + BATCH).map((b) => ({
      ticker,
      date: b.date,
      open: b.open,
      high: b.high,
      low: b.low,
      close: b.close,
      adj_close: b.adjClose,
      volume: b.volume,
      final: b.final ?? true,
      source,
    }));
    const written = await db
      .insertInto('daily_bars')
      .values(rows)
      .onConflict((oc) =>
        oc
          .columns(['ticker', 'date'])
          .doUpdateSet((eb) => ({
            open: eb.ref('excluded.open'),
            high: eb.ref('excluded.high'),
            low: eb.ref('excluded.low'),
            close: eb.ref('excluded.close'),
            adj_close: eb.ref('excluded.adj_close'),
            volume: eb.ref('excluded.volume'),
            final: eb.ref('excluded.final'),
            source: eb.ref('excluded.source'),
          }))
          .where(
            sql<boolean>`(daily_bars.open, daily_bars.high, daily_bars.low, daily_bars.close, daily_bars.adj_close, daily_bars.volume, daily_bars.final, daily_bars.source) is distinct from (excluded.open, excluded.high, excluded.low, excluded.close, excluded.adj_close, excluded.volume, excluded.final, excluded.source)`,
          ),
      )
      .returning('date')
      .execute();
    changed += written.length;
  }
  return changed;
}

export interface BarQuery {
  tickers: readonly string[];
  from?: string | undefined;
  to?: string | undefined;
}

/** Bars per ticker in date order; every requested ticker has an entry, empty when it has none. */
export async function readBars(db: Db, query: BarQuery): Promise<Map<string, Bar[]>> {
  const result = new Map<string, Bar[]>(query.tickers.map((t) => [t, []]));
  if (query.tickers.length === 0) return result;
  let q = db
    .selectFrom('daily_bars')
    .select(['ticker', 'date', 'open', 'high', 'low', 'close', 'adj_close', 'volume'])
    .where('ticker', 'in', [...query.tickers]);
  if (query.from) q = q.where('date', '>=', query.from);
  if (query.to) q = q.where('date', '<=', query.to);
  const rows = await q.orderBy('ticker').orderBy('date').execute();
  for (const r of rows) {
    result.get(r.ticker)?.push({
      date: r.date,
      open: r.open,
      high: r.high,
      low: r.low,
      close: r.close,
      adjClose: r.adj_close,
      volume: r.volume,
    });
  }
  return result;
}

/** One ticker's sessions as analysis reads them: date, adjusted close and close, by date. */
export async function readCloses(
  db: Db,
  ticker: string,
  range?: { from: string; to: string },
): Promise<{ date: string; adjClose: number; close: number }[]> {
  // Three columns of the eight: at 2,520 sessions a series loads in about half the time.
  let q = db
    .selectFrom('daily_bars')
    .select(['date', 'adj_close', 'close'])
    .where('ticker', '=', ticker);
  if (range) q = q.where('date', '>=', range.from).where('date', '<=', range.to);
  const rows = await q.orderBy('date').execute();
  return rows.map((r) => ({ date: r.date, adjClose: r.adj_close, close: r.close }));
}

/** The last stored session per ticker, for the as-of figures of health and provenance. */
export async function latestBarDates(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('daily_bars')
    .select(['ticker', (eb) => eb.fn.max('date').as('last')])
    .groupBy('ticker')
    .execute();
  return new Map(rows.map((r) => [r.ticker, String(r.last)]));
}
