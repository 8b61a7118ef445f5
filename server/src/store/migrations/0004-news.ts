import { type Kysely, sql } from 'kysely';

/**
 * News ingestion: why a feed last failed, the flags and topics of an article, where a tag was
 * found, and the other sightings of a story (the same article in another feed or under another
 * id), so that a story seen again is recognised without storing it twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('feeds')
    .addColumn('error_kind', 'text')
    .addColumn('http_status', 'integer')
    .execute();

  await db.schema
    .alterTable('articles')
    .addColumn('guid', 'text')
    .addColumn('title_derived', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('publisher', 'text')
    .addColumn('topics', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema.createIndex('articles_feed').on('articles').column('feed_id').execute();

  await db.schema
    .alterTable('article_tags')
    .addColumn('field', 'text', (c) => c.notNull().defaultTo('title'))
    .execute();

  await db.schema
    .createTable('article_aliases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('feed_id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .addColumn('date_estimated', 'boolean', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('article_aliases_url').on('article_aliases').column('url').execute();
  await db.schema
    .createIndex('article_aliases_article')
    .on('article_aliases')
    .column('article_id')
    .execute();
}
