import { type Kysely, sql } from 'kysely';

/**
 * Every rescale of a ticker's stored history for a split or dividend, as applied: the audit of
 * why old figures changed, and the split factors that share counts dated before them still need.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('price_adjustments')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('ticker', 'text', (c) => c.notNull().references('companies.ticker'))
    .addColumn('before', 'date', (c) => c.notNull())
    .addColumn('price_factor', 'float8', (c) => c.notNull())
    .addColumn('share_factor', 'float8', (c) => c.notNull())
    .addColumn('adj_factor', 'float8', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('price_adjustments_ticker')
    .on('price_adjustments')
    .columns(['ticker', 'before'])
    .execute();
}
