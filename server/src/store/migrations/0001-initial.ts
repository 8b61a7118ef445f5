import { type Kysely, sql } from 'kysely';

/** One schema for PGlite and PostgreSQL: plain PostgreSQL types, no extensions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('companies')
    .addColumn('ticker', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('groups', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('aliases', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('catalogue'))
    .addColumn('added_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('daily_bars')
    .addColumn('ticker', 'text', (c) => c.notNull().references('companies.ticker'))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('open', 'float8', (c) => c.notNull())
    .addColumn('high', 'float8', (c) => c.notNull())
    .addColumn('low', 'float8', (c) => c.notNull())
    .addColumn('close', 'float8', (c) => c.notNull())
    .addColumn('adj_close', 'float8', (c) => c.notNull())
    .addColumn('volume', 'int8')
    .addColumn('final', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('daily_bars_pk', ['ticker', 'date'])
    .execute();

  await db.schema
    .createTable('feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_fetch_at', 'timestamptz')
    .addColumn('last_success_at', 'timestamptz')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error_message', 'text')
    .addColumn('next_check_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('feed_id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .addColumn('date_estimated', 'boolean', (c) => c.notNull())
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('categories', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('also_in', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema.createIndex('articles_url').on('articles').column('url').execute();
  await db.schema.createIndex('articles_published').on('articles').column('published_at').execute();

  await db.schema
    .createTable('article_tags')
    .addColumn('article_id', 'text', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('ticker', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('matched', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'ticker', 'entity'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('day_only', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('sources', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('weight', 'float8', (c) => c.notNull().defaultTo(1))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('linked_event_id', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('events_occurred').on('events').column('occurred_at').execute();

  await db.schema
    .createTable('event_tickers')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('ticker', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_tickers_pk', ['event_id', 'ticker'])
    .execute();

  await db.schema
    .createTable('event_articles')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('article_id', 'text', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('event_articles_pk', ['event_id', 'article_id'])
    .execute();

  await db.schema
    .createTable('ingest_runs')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rows_written', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('message', 'text')
    .execute();

  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .execute();
}
