import { type Kysely, sql } from 'kysely';

/** Named sets of events saved by an admin (curated sets live in the catalogue's code). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('event_sets')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('event_ids', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
