import { eventCategorySchema } from '@aftershock/shared';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Database } from '../../store/schema';
import type { TopicMatch } from './category-rules';
import { type DetectedEvent, type DetectOptions, detectEvents } from './detect-events';
import type { DetectionArticle } from './detection-article';
import { type EventLink, linkToCurated } from './event-linking';
import type { Tagger } from './tagging';

const topicsSchema = z.array(
  z.object({ category: eventCategorySchema, score: z.number(), matched: z.array(z.string()) }),
);

/** Every stored article with its tags, as detection reads them (no article text is stored). */
export async function loadDetectionArticles(
  db: Kysely<Database>,
  tagger: Tagger,
): Promise<DetectionArticle[]> {
  const [articles, tags] = await Promise.all([
    db
      .selectFrom('articles')
      .select([
        'id',
        'title',
        'published_at',
        'date_estimated',
        'source',
        'also_in',
        'categories',
        'topics',
      ])
      .execute(),
    db
      .selectFrom('article_tags')
      .select(['article_id', 'entity', 'ticker', 'matched', 'field'])
      .execute(),
  ]);
  const byArticle = new Map<string, Map<string, DetectionArticle['tags'][number]>>();
  for (const t of tags) {
    const entities: Map<string, DetectionArticle['tags'][number]> =
      byArticle.get(t.article_id) ?? new Map();
    byArticle.set(t.article_id, entities);
    const known = entities.get(t.entity);
    if (known) {
      entities.set(t.entity, { ...known, tickers: [...known.tickers, t.ticker] });
    } else {
      entities.set(t.entity, {
        entity: t.entity,
        kind: tagger.kindOf(t.entity),
        tickers: [t.ticker],
        field: t.field,
        matched: t.matched,
      });
    }
  }
  return articles.map((a) => {
    const topics: TopicMatch[] = topicsSchema.catch([]).parse(a.topics);
    return {
      id: a.id,
      title: a.title,
      publishedAt: a.published_at,
      dateEstimated: a.date_estimated,
      source: a.source,
      alsoIn: a.also_in,
      labels: a.categories,
      tags: [...(byArticle.get(a.id)?.values() ?? [])],
      topics,
    };
  });
}

export async function hasArticles(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('articles').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export interface DetectionResult {
  events: DetectedEvent[];
  links: Map<string, EventLink>;
}

function summaryOf(e: DetectedEvent, titles: Map<string, string>): string {
  const first = titles.get(e.articleIds[0] ?? '') ?? e.title;
  const text = `Detected from ${e.articleIds.length} article${e.articleIds.length === 1 ? '' : 's'} (${e.sources.join(', ')}); the first: "${first}".`;
  return text.length > 400 ? `${text.slice(0, 397)}...` : text;
}

/**
 * Detects events over every stored article and replaces the detected events in one transaction:
 * each with its tickers and articles, and, when it is a curated event seen in the news, a link
 * to that event and its articles attached to it (so the curated event shows them). Running it
 * again on the same articles gives the same events with the same ids.
 */
export async function runDetection(params: {
  db: Kysely<Database>;
  tagger: Tagger;
  options?: DetectOptions;
}): Promise<DetectionResult> {
  const { db, tagger } = params;
  // Linking needs the curated catalogue in the store, whichever path got here first (a replay on a
  // new data folder runs before any server start).
  await seedCatalogue(db);
  const articles = await loadDetectionArticles(db, tagger);
  const events = detectEvents(articles, params.options);
  const curated = await db
    .selectFrom('events')
    .select(['id', 'title', 'summary', 'category', 'occurred_at'])
    .where('origin', '=', 'curated')
    .execute();
  const links = linkToCurated({
    detected: events,
    curated: curated.flatMap((c) => {
      const category = eventCategorySchema.safeParse(c.category);
      return category.success
        ? [
            {
              id: c.id,
              title: c.title,
              summary: c.summary,
              category: category.data,
              occurredAt: c.occurred_at,
            },
          ]
        : [];
    }),
    tagger,
  });
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const urls = new Map(
    (await db.selectFrom('articles').select(['id', 'url', 'source', 'title']).execute()).map(
      (r) => [r.id, r],
    ),
  );
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('events').where('origin', '=', 'detected').execute();
    await trx
      .deleteFrom('event_articles')
      .where('event_id', 'in', (eb) =>
        eb.selectFrom('events').select('id').where('origin', '=', 'curated'),
      )
      .execute();
    for (const e of events) {
      const link = links.get(e.id);
      const sources = e.articleIds
        .map((id) => urls.get(id))
        .filter((r) => r !== undefined && /^https?:\/\//.test(r.url))
        .slice(0, 3)
        .map((r) => ({ publisher: r?.source ?? '', title: r?.title ?? '', url: r?.url ?? '' }));
      await trx
        .insertInto('events')
        .values({
          id: e.id,
          title: e.title.slice(0, 300),
          summary: summaryOf(e, titles),
          category: e.category,
          occurred_at: e.occurredAt,
          day_only: false,
          origin: 'detected',
          sources: JSON.stringify(sources),
          weight: e.weight,
          reason: link
            ? `${e.reason} Linked to the curated event ${link.curatedId} (${link.why}).`
            : e.reason,
          linked_event_id: link?.curatedId ?? null,
        })
        .execute();
      if (e.tickers.length > 0) {
        await trx
          .insertInto('event_tickers')
          .values(e.tickers.map((ticker) => ({ event_id: e.id, ticker })))
          .execute();
      }
      const attachTo = link ? [e.id, link.curatedId] : [e.id];
      await trx
        .insertInto('event_articles')
        .values(
          attachTo.flatMap((event_id) =>
            e.articleIds.map((article_id) => ({ event_id, article_id })),
          ),
        )
        .onConflict((oc) => oc.columns(['event_id', 'article_id']).doNothing())
        .execute();
    }
  });
  return { events, links };
}
