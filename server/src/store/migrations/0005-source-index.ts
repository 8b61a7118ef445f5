import type { Kysely } from 'kysely';

/** Data as-of per price source (health) reads one index probe per source, not every bar. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('daily_bars_source_date')
    .ifNotExists()
    .on('daily_bars')
    .columns(['source', 'date'])
    .execute();
}
