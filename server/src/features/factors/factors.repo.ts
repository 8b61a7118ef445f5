import type { FactorRow } from '@aftershock/shared';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../store/schema';

type Db = Kysely<Database>;
const BATCH = 1000;

/**
 * Inserts or replaces factor rows by date with their release (a newer release revises older
 * values); returns the rows inserted or changed, so an unchanged refetch moves no data version.
 */
export async function upsertFactors(
  db: Db,
  p: { rows: readonly FactorRow[]; release: string; source: string },
): Promise<number> {
  let changed = 0;
  for (let i = 0; i < p.rows.length; i += BATCH) {
    const values = p.rows.slice(i, i + BATCH).map((r) => ({
      date: r.date,
      mkt_rf: r.mktRf,
      smb: r.smb,
      hml: r.hml,
      smb5: r.smb5,
      hml5: r.hml5,
      rmw: r.rmw,
      cma: r.cma,
      mom: r.mom,
      rf: r.rf,
      release: p.release,
      source: p.source,
    }));
    const written = await db
      .insertInto('factor_returns')
      .values(values)
      .onConflict((oc) =>
        oc
          .column('date')
          .doUpdateSet((eb) => ({
            mkt_rf: eb.ref('excluded.mkt_rf'),
            smb: eb.ref('excluded.smb'),
            hml: eb.ref('excluded.hml'),
            smb5: eb.ref('excluded.smb5'),
            hml5: eb.ref('excluded.hml5'),
            rmw: eb.ref('excluded.rmw'),
            cma: eb.ref('excluded.cma'),
            mom: eb.ref('excluded.mom'),
            rf: eb.ref('excluded.rf'),
            release: eb.ref('excluded.release'),
            source: eb.ref('excluded.source'),
          }))
          .where(
            sql<boolean>`(factor_returns.mkt_rf, factor_returns.smb, factor_returns.hml, factor_returns.smb5, factor_returns.hml5, factor_returns.rmw, factor_returns.cma, factor_returns.mom, factor_returns.rf, factor_returns.release) is distinct from (excluded.mkt_rf, excluded.smb, excluded.hml, excluded.smb5, excluded.hml5, excluded.rmw, excluded.cma, excluded.mom, excluded.rf, excluded.release)`,
          ),
      )
      .returning('date')
      .execute();
    changed += written.length;
  }
  return changed;
}

export interface StoredFactors {
  rows: FactorRow[];
  /** The newest release among the rows, and the source it came from. */
  release: string | null;
  source: string | null;
}

/** Every stored factor row in date order. */
export async function readFactors(db: Db): Promise<StoredFactors> {
  const rows = await db.selectFrom('factor_returns').selectAll().orderBy('date').execute();
  const newest = rows.reduce<(typeof rows)[number] | null>(
    (best, r) => (best === null || r.release > best.release ? r : best),
    null,
  );
  return {
    rows: rows.map((r) => ({
      date: r.date,
      mktRf: r.mkt_rf,
      smb: r.smb,
      hml: r.hml,
      smb5: r.smb5,
      hml5: r.hml5,
      rmw: r.rmw,
      cma: r.cma,
      mom: r.mom,
      rf: r.rf,
    })),
    release: newest?.release ?? null,
    source: newest?.source ?? null,
  };
}
