import type { Kysely } from 'kysely';

/**
 * Share counts per company and date, so a price move can be told in dollars. One row per figure
 * and source: a Yahoo quote taken on `as_of` and a filing dated `as_of` may both exist.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shares_outstanding')
    .addColumn('ticker', 'text', (c) => c.notNull().references('companies.ticker'))
    .addColumn('as_of', 'date', (c) => c.notNull())
    .addColumn('shares', 'float8', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('shares_outstanding_pk', ['ticker', 'as_of', 'source'])
    .execute();
}
