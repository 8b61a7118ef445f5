import { type Kysely, sql } from 'kysely';

/**
 * The data version as a one-row counter that the run finishing with changes bumps in its final
 * statement. `max(id)` over changing runs was ordered by start: a long price run overlapped by a
 * news poll that started later and finished first never moved it. The row lock on the counter
 * makes the bumps commit in the order of their values, so a reader never sees a later value
 * before an earlier one. `changed_seq` records which bump each run made; the partial index on
 * `id` that the old probe read goes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('data_changes')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into data_changes (id, seq) values (1, 0) on conflict (id) do nothing`.execute(
    db,
  );
  await db.schema.alterTable('ingest_runs').addColumn('changed_seq', 'bigint').execute();
  await db.schema.dropIndex('ingest_runs_changed').ifExists().execute();
}
