import type { Kysely } from 'kysely';

/**
 * Daily factor returns from Kenneth French's data library, in percent as published, one row per
 * session; `release` is the library build the row came from ("202604": built from the 202604
 * CRSP database), since French revises past values when he rebuilds the factors. A file that
 * lacks a factor (the 3-factor file has no RMW) leaves it null.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('factor_returns')
    .ifNotExists()
    .addColumn('date', 'date', (c) => c.notNull().primaryKey())
    .addColumn('mkt_rf', 'float8', (c) => c.notNull())
    .addColumn('smb', 'float8', (c) => c.notNull())
    .addColumn('hml', 'float8', (c) => c.notNull())
    .addColumn('rmw', 'float8')
    .addColumn('cma', 'float8')
    .addColumn('mom', 'float8')
    .addColumn('rf', 'float8', (c) => c.notNull())
    .addColumn('release', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();
}
