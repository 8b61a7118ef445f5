import { type Kysely, sql } from 'kysely';

/**
 * `rows_changed`: the rows a run inserted or changed, which the data version follows (a poll
 * answered 304 changes none); earlier runs count what they wrote. Indexes for the three readers
 * of the history: the version's newest changing run, health's newest run per source and the
 * retention's oldest runs per source.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('ingest_runs')
    .addColumn('rows_changed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update ingest_runs set rows_changed = rows_written`.execute(db);
  await db.schema
    .createIndex('ingest_runs_changed')
    .ifNotExists()
    .on('ingest_runs')
    .column('id')
    .where(sql.ref('status'), '=', 'ok')
    .where(sql.ref('rows_changed'), '>', 0)
    .execute();
  await db.schema
    .createIndex('ingest_runs_source_id')
    .ifNotExists()
    .on('ingest_runs')
    .columns(['kind', 'source', 'id'])
    .execute();
}
