import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema';
import { dedupeAcrossFeeds, dedupeWithinFeed, type Story } from './dedupe';
import type { NormalisedArticle } from './normalise';
import type { ArticleTagging, Tagger } from './tagging';

const HOUR = 3_600_000;
/** As `dedupeAcrossFeeds`: near-identical titles merge within 72 hours. */
const titleWindowMs = 72 * HOUR;

export interface StoreArticlesResult {
  /** New stories written to `articles`. */
  inserted: number;
  /** New sightings of stories already stored (another feed, another id). */
  aliases: number;
  /** Stored stories whose time moved earlier or that gained a source. */
  updated: number;
}

type Db = Kysely<Database> | Transaction<Database>;

interface StoredRow {
  id: string;
  feed_id: string;
  url: string;
  title: string;
  published_at: string;
  date_estimated: boolean;
  first_seen_at: string;
  source: string;
  also_in: string[];
}

/** A stored story in the shape dedupe compares (no description: it is never stored). */
function asArticle(r: StoredRow): NormalisedArticle {
  return {
    id: r.id,
    feedKey: r.feed_id,
    guid: null,
    link: r.url === '' ? null : r.url,
    title: r.title,
    titleDerived: false,
    publishedAt: r.published_at,
    dateEstimated: r.date_estimated,
    firstSeenAt: r.first_seen_at,
    source: r.source,
    publisher: null,
    categories: [],
    snippet: '',
  };
}

async function knownIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const [stored, seen] = await Promise.all([
    db
      .selectFrom('articles')
      .select('id')
      .where('id', 'in', [...ids])
      .execute(),
    db
      .selectFrom('article_aliases')
      .select('id')
      .where('id', 'in', [...ids])
      .execute(),
  ]);
  return new Set([...stored, ...seen].map((r) => r.id));
}

const storedColumns = [
  'a.id',
  'a.feed_id',
  'a.url',
  'a.title',
  'a.published_at',
  'a.date_estimated',
  'a.first_seen_at',
  'a.source',
  'a.also_in',
] as const;

/** Stored stories a new article could be: the same link (its own or an alias's) or time. */
async function candidates(db: Db, fresh: readonly NormalisedArticle[]): Promise<StoredRow[]> {
  const links = [...new Set(fresh.flatMap((a) => (a.link ? [a.link] : [])))];
  const times = fresh.map((a) => Date.parse(a.publishedAt));
  const from = new Date(Math.min(...times) - titleWindowMs).toISOString();
  const to = new Date(Math.max(...times) + titleWindowMs).toISOString();
  const rows = await db
    .selectFrom('articles as a')
    .select(storedColumns)
    .where((eb) =>
      eb.or([
        eb.and([eb('a.published_at', '>=', from), eb('a.published_at', '<=', to)]),
        ...(links.length > 0
          ? [
              eb('a.url', 'in', links),
              eb(
                'a.id',
                'in',
                eb.selectFrom('article_aliases').select('article_id').where('url', 'in', links),
              ),
            ]
          : []),
      ]),
    )
    .execute();
  return rows;
}

function tagRows(articleId: string, tagging: ArticleTagging) {
  return tagging.tags.flatMap((t) =>
    t.tickers.map((ticker) => ({
      article_id: articleId,
      ticker,
      entity: t.entity,
      matched: t.matched.slice(0, 200),
      field: t.field,
    })),
  );
}

async function writeTags(db: Db, articleId: string, tagging: ArticleTagging): Promise<void> {
  const rows = tagRows(articleId, tagging);
  if (rows.length === 0) return;
  await db
    .insertInto('article_tags')
    .values(rows)
    .onConflict((oc) => oc.columns(['article_id', 'ticker', 'entity']).doNothing())
    .execute();
}

const earlierReal = (a: { publishedAt: string; dateEstimated: boolean }, b: StoredRow) =>
  (!a.dateEstimated && b.date_estimated) ||
  (a.dateEstimated === b.date_estimated && Date.parse(a.publishedAt) < Date.parse(b.published_at));

async function addSightings(params: {
  db: Db;
  canonical: StoredRow;
  fresh: readonly NormalisedArticle[];
  tagger: Tagger;
}): Promise<{ aliases: number; updated: boolean }> {
  const { db, canonical, fresh, tagger } = params;
  let publishedAt = canonical.published_at;
  let dateEstimated = canonical.date_estimated;
  const alsoIn = new Set(canonical.also_in);
  for (const a of fresh) {
    await insertAlias(db, a, canonical.id);
    if (a.source !== canonical.source) alsoIn.add(a.source);
    if (
      earlierReal(a, { ...canonical, published_at: publishedAt, date_estimated: dateEstimated })
    ) {
      publishedAt = a.publishedAt;
      dateEstimated = a.dateEstimated;
    }
    await writeTags(db, canonical.id, tagArticle(tagger, a));
  }
  const updated =
    publishedAt !== canonical.published_at || alsoIn.size !== canonical.also_in.length;
  if (updated) {
    await db
      .updateTable('articles')
      .set({
        published_at: publishedAt,
        date_estimated: dateEstimated,
        also_in: JSON.stringify([...alsoIn]),
      })
      .where('id', '=', canonical.id)
      .execute();
  }
  return { aliases: fresh.length, updated };
}

/** Tags an article from its title, its description (read here only) and its feed labels. */
export const tagArticle = (tagger: Tagger, a: NormalisedArticle): ArticleTagging =>
  tagger.tag({ title: a.title, snippet: a.snippet, labels: a.categories });

async function insertAlias(db: Db, a: NormalisedArticle, articleId: string): Promise<void> {
  await db
    .insertInto('article_aliases')
    .values({
      id: a.id,
      article_id: articleId,
      feed_id: a.feedKey,
      url: a.link ?? '',
      source: a.source,
      published_at: a.publishedAt,
      date_estimated: a.dateEstimated,
    })
    .execute();
}

async function insertStory(db: Db, story: Story, tagger: Tagger): Promise<void> {
  const first = story.article;
  const tagging = tagArticle(tagger, first);
  await db
    .insertInto('articles')
    .values({
      id: first.id,
      feed_id: first.feedKey,
      url: first.link ?? '',
      title: first.title,
      published_at: story.publishedAt,
      date_estimated: story.dateEstimated,
      first_seen_at: first.firstSeenAt,
      source: first.source,
      categories: JSON.stringify(first.categories),
      also_in: JSON.stringify(story.sources.filter((s) => s !== first.source)),
      guid: first.guid,
      title_derived: first.titleDerived,
      publisher: first.publisher,
      topics: JSON.stringify(tagging.topics),
    })
    .execute();
  await writeTags(db, first.id, tagging);
}

/**
 * Writes a batch of normalised articles (one feed fetch or snapshot) in one transaction:
 * articles already stored (by id, in `articles` or as a sighting) are skipped; the rest are
 * deduplicated within the batch and against stored stories as `dedupeAcrossFeeds` does, a new
 * story stored once (tagged, its time the earliest) and every other sighting kept as an alias,
 * its source added to the story's `also_in`. The description is read for tagging, never stored.
 * Writing the same batch twice adds nothing.
 */
export async function storeArticles(params: {
  db: Kysely<Database>;
  articles: readonly NormalisedArticle[];
  tagger: Tagger;
}): Promise<StoreArticlesResult> {
  const { tagger } = params;
  return params.db.transaction().execute(async (db) => {
    const batch = dedupeWithinFeed(params.articles);
    const known = await knownIds(
      db,
      batch.map((a) => a.id),
    );
    const fresh = batch.filter((a) => !known.has(a.id));
    const result: StoreArticlesResult = { inserted: 0, aliases: 0, updated: 0 };
    if (fresh.length === 0) return result;
    const stored = await candidates(db, fresh);
    const storedById = new Map(stored.map((r) => [r.id, r]));
    const freshIds = new Set(fresh.map((a) => a.id));
    const stories = dedupeAcrossFeeds([...stored.map(asArticle), ...fresh]);
    for (const story of stories) {
      const members = story.members.map((m) => m.articleId);
      const newOnes = fresh.filter((a) => members.includes(a.id));
      if (newOnes.length === 0) continue;
      const canonical = members.map((id) => storedById.get(id)).find((r) => r !== undefined);
      if (canonical) {
        const added = await addSightings({ db, canonical, fresh: newOnes, tagger });
        result.aliases += added.aliases;
        if (added.updated) result.updated++;
        continue;
      }
      if (!freshIds.has(story.article.id)) continue;
      await insertStory(db, story, tagger);
      result.inserted++;
      for (const a of newOnes.filter((x) => x.id !== story.article.id)) {
        await insertAlias(db, a, story.article.id);
        await writeTags(db, story.article.id, tagArticle(tagger, a));
        result.aliases++;
      }
    }
    return result;
  });
}
