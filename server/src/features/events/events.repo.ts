import type { EventCategory, EventOrigin, SourceLink } from '@aftershock/shared';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../store/schema';

export interface EventFilter {
  tickers?: readonly string[] | undefined;
  categories?: readonly EventCategory[] | undefined;
  origins?: readonly EventOrigin[] | undefined;
  /** Inclusive ISO instant bounds on the event time. */
  fromIso?: string | undefined;
  toIso?: string | undefined;
  text?: string | undefined;
  ids?: readonly string[] | undefined;
}

export interface StoredEvent {
  id: string;
  title: string;
  summary: string;
  category: EventCategory;
  origin: EventOrigin;
  occurredAt: string;
  dayOnly: boolean;
  sources: SourceLink[];
  weight: number;
  reason: string;
  linkedEventId: string | null;
  tickers: string[];
  articleCount: number;
}

/** Events in time order with their tickers and article counts, filtered in SQL. */
export async function findEvents(db: Kysely<Database>, f: EventFilter): Promise<StoredEvent[]> {
  let q = db
    .selectFrom('events as e')
    .select([
      'e.id',
      'e.title',
      'e.summary',
      'e.category',
      'e.origin',
      'e.occurred_at',
      'e.day_only',
      'e.sources',
      'e.weight',
      'e.reason',
      'e.linked_event_id',
    ])
    .select((eb) => [
      eb
        .selectFrom('event_tickers as t')
        .select(sql<string[]>`coalesce(array_agg(t.ticker order by t.ticker), '{}')`.as('x'))
        .whereRef('t.event_id', '=', 'e.id')
        .as('tickers'),
      eb
        .selectFrom('event_articles as a')
        .select((a) => a.fn.countAll<number>().as('n'))
        .whereRef('a.event_id', '=', 'e.id')
        .as('articleCount'),
    ]);
  if (f.ids) q = q.where('e.id', 'in', f.ids.length > 0 ? [...f.ids] : ['']);
  if (f.tickers && f.tickers.length > 0) {
    const tickers = [...f.tickers];
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_tickers as t')
          .select('t.ticker')
          .whereRef('t.event_id', '=', 'e.id')
          .where('t.ticker', 'in', tickers),
      ),
    );
  }
  if (f.categories && f.categories.length > 0) q = q.where('e.category', 'in', [...f.categories]);
  if (f.origins && f.origins.length > 0) q = q.where('e.origin', 'in', [...f.origins]);
  // A detected event linked to a curated one is that event seen in the news: the curated event
  // stands for it (with its articles) unless detected events are asked for by origin or id.
  if (!f.ids && !f.origins?.includes('detected')) {
    q = q.where((eb) =>
      eb.or([eb('e.linked_event_id', 'is', null), eb('e.origin', '!=', 'detected')]),
    );
  }
  if (f.fromIso) q = q.where('e.occurred_at', '>=', f.fromIso);
  if (f.toIso) q = q.where('e.occurred_at', '<=', f.toIso);
  if (f.text) {
    const like = `%${f.text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) => eb.or([eb('e.title', 'ilike', like), eb('e.summary', 'ilike', like)]));
  }
  const rows = await q.orderBy('e.occurred_at').orderBy('e.id').execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    summary: r.summary,
    category: r.category as EventCategory,
    origin: r.origin,
    occurredAt: r.occurred_at,
    dayOnly: r.day_only,
    sources: r.sources,
    weight: r.weight,
    reason: r.reason,
    linkedEventId: r.linked_event_id,
    tickers: r.tickers ?? [],
    articleCount: Number(r.articleCount ?? 0),
  }));
}

export async function findEventArticles(db: Kysely<Database>, eventId: string) {
  const articles = await db
    .selectFrom('event_articles as ea')
    .innerJoin('articles as a', 'a.id', 'ea.article_id')
    .select(['a.id', 'a.title', 'a.url', 'a.source', 'a.published_at', 'a.date_estimated'])
    .where('ea.event_id', '=', eventId)
    .orderBy('a.published_at')
    .execute();
  const tags =
    articles.length === 0
      ? []
      : await db
          .selectFrom('article_tags')
          .select(['article_id', 'ticker', 'entity', 'matched'])
          .where(
            'article_id',
            'in',
            articles.map((a) => a.id),
          )
          .execute();
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    url: a.url,
    source: a.source,
    publishedAt: a.published_at,
    dateEstimated: a.date_estimated,
    tags: tags
      .filter((t) => t.article_id === a.id)
      .map(({ ticker, entity, matched }) => ({ ticker, entity, matched })),
  }));
}
