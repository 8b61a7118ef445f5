import { createHash } from 'node:crypto';
import type { EventCategory } from '@aftershock/shared';
import { companies } from '../../catalogue/companies';
import { aboutAi } from './article-kind';
import { ownerOf } from './entity-owners';
import { type Burst, burstOf, MentionIndex } from './event-burst';
import {
  type Cluster,
  type ClusterOptions,
  categoryOf,
  clusterArticles,
  type DetectionArticle,
  subjectEntities,
} from './event-clustering';
import { cosine } from './title-vectors';

export interface DetectedEvent {
  /** Stable across runs: the day and the id of the earliest article. */
  id: string;
  /** The most representative headline of the cluster. */
  title: string;
  /** The earliest article's time, ISO 8601 UTC. */
  occurredAt: string;
  category: EventCategory;
  /** The entities most of the articles are about, most named first. */
  entities: string[];
  tickers: string[];
  weight: number;
  /** Why the event exists, in one sentence. */
  reason: string;
  articleIds: string[];
  sources: string[];
  burst: Burst | null;
}

export interface DetectOptions extends ClusterOptions {
  /** Fewest articles in an event. Default 2. */
  minArticles?: number;
  /** A cluster from one source needs this many articles, or a burst. Default 3. */
  minArticlesOneSource?: number;
  /** Burst ratio that lets a small single-source cluster through. Default 4. */
  minBurst?: number;
  /** Topic score at which one article about a listed company is an event by itself. Default 7. */
  singleArticleScore?: number;
  baselineDays?: number;
}

const HOUR = 3_600_000;

function sourcesOf(articles: readonly DetectionArticle[]): string[] {
  return [...new Set(articles.flatMap((a) => [a.source, ...a.alsoIn]))];
}

/** The headline closest to all the others (sum of title cosines); the earliest on a tie. */
function representative(c: Cluster): DetectionArticle {
  let best = 0;
  let bestScore = -1;
  c.vectors.forEach((t, i) => {
    const score = c.vectors.reduce((sum, u, j) => (i === j ? sum : sum + cosine(t, u)), 0);
    if (score > bestScore + 1e-9) {
      best = i;
      bestScore = score;
    }
  });
  const article = c.articles[best] ?? c.articles[0];
  if (!article) throw new Error('empty cluster');
  return article;
}

/**
 * Entities named by at least half the articles (and always the first), at most 4, the one most
 * often the subject of a headline first (`subjectEntities`), then the most named.
 */
function coreEntities(c: Cluster): string[] {
  const subject = (e: string) => c.subjects.get(ownerOf(e)) ?? 0;
  const ranked = [...c.entities].sort(
    (x, y) => subject(y[0]) - subject(x[0]) || y[1] - x[1] || (x[0] < y[0] ? -1 : 1),
  );
  const core = ranked.filter(([, n], i) => i === 0 || n * 2 >= c.articles.length);
  return core.slice(0, 4).map(([e]) => e);
}

function majorityCategory(c: Cluster): EventCategory | null {
  const counts = new Map<EventCategory, number>();
  for (const a of c.articles) {
    const cat = categoryOf(a);
    if (cat) counts.set(cat, (counts.get(cat) ?? 0) + 1);
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  return ranked[0]?.[0] ?? null;
}

/**
 * Companies whose news is AI news whatever the words: the chip makers and the power and
 * data-centre suppliers of the catalogue (groups ai-chips and ai-power).
 */
export const aiCoreCompanies: ReadonlySet<string> = new Set(
  companies
    .filter((c) => c.groups.some((g) => g === 'ai-chips' || g === 'ai-power'))
    .map((c) => c.aliases[0] ?? c.name),
);

const isAboutAi = (a: DetectionArticle) =>
  aboutAi({
    title: a.title,
    labels: a.labels,
    hasAiEntity: a.tags.some(
      (t) => t.field !== 'snippet' && (t.kind !== 'company' || aiCoreCompanies.has(t.entity)),
    ),
  });

/** Results, a government measure, a deal or an investment pledge need no second source. */
const selfEvidentCategories: ReadonlySet<EventCategory> = new Set([
  'earnings',
  'policy',
  'deal',
  'infrastructure',
]);

/**
 * One article is an event by itself when it reports a self-evident kind of news (results, a
 * government measure, a deal, an investment) about a listed company named in its title (in its
 * feed label when the title names no one; or, for a government measure, about the chip sector as
 * a whole), with the category backed by the title and by the feed's label or description
 * (score >= minScore).
 */
function standsAlone(c: Cluster, minScore: number): boolean {
  const a = c.articles[0];
  const topic = a?.topics[0];
  if (!a || !topic || !selfEvidentCategories.has(topic.category) || topic.score < minScore) {
    return false;
  }
  const subjects = subjectEntities(a);
  // The title names the subject; a title that names no one leaves it to the feed's label.
  const field = a.tags.some((t) => t.field === 'title') ? 'title' : 'label';
  return a.tags.some(
    (t) =>
      t.field === field &&
      (t.kind === 'company' || (t.kind === 'sector' && topic.category === 'policy')) &&
      subjects.includes(t.entity),
  );
}

const listWords = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * Turns tagged articles into events: related articles within a sliding window form a cluster
 * (`clusterArticles`); a cluster becomes an event when it has a category and enough weight:
 * two sources, or three articles, or a burst of its main entity against its own baseline.
 *
 *   weight = articles * (1 + (sources - 1) / 2) * min(2, sqrt(max(1, burst ratio)))
 */
export function detectEvents(
  articles: readonly DetectionArticle[],
  options: DetectOptions = {},
): DetectedEvent[] {
  const windowMs = (options.windowHours ?? 48) * HOUR;
  const index = new MentionIndex(articles);
  const events: DetectedEvent[] = [];
  for (const c of clusterArticles(articles, options)) {
    const category = majorityCategory(c);
    const sources = sourcesOf(c.articles);
    const n = c.articles.length;
    const entities = coreEntities(c);
    const main = entities[0];
    if (!category || !main) continue;
    if (category !== 'earnings' && !c.articles.some(isAboutAi)) continue;
    const burst = burstOf({
      index,
      entity: main,
      start: c.start,
      windowMs,
      ...(options.baselineDays === undefined ? {} : { baselineDays: options.baselineDays }),
    });
    const bursting = burst.ratio >= (options.minBurst ?? 4);
    const single = n === 1 && standsAlone(c, options.singleArticleScore ?? 7);
    if (n < (options.minArticles ?? 2) && !single) continue;
    if (sources.length < 2 && n < (options.minArticlesOneSource ?? 3) && !bursting && !single) {
      continue;
    }
    const first = c.articles[0];
    const last = c.articles[n - 1];
    if (!first || !last) continue;
    const spanHours = Math.max(1, Math.ceil((Date.parse(last.publishedAt) - c.start) / HOUR));
    const weight =
      n * (1 + (sources.length - 1) / 2) * Math.min(2, Math.sqrt(Math.max(1, burst.ratio)));
    const day = new Date(c.start).toISOString().slice(0, 10);
    const digest = createHash('sha256').update(first.id).digest('hex').slice(0, 10);
    const rate =
      burst.ratio >= 1.5 ? `; ${burst.ratio.toFixed(1)}x the usual rate for ${main}` : '';
    events.push({
      id: `detected-${day}-${digest}`,
      title: representative(c).title,
      occurredAt: new Date(c.start).toISOString(),
      category,
      entities,
      tickers: [
        ...new Set(
          c.articles.flatMap((a) =>
            a.tags.filter((t) => entities.includes(t.entity)).flatMap((t) => t.tickers),
          ),
        ),
      ].sort(),
      weight: Math.round(weight * 100) / 100,
      reason:
        `${n} articles from ${sources.length} source${sources.length === 1 ? '' : 's'} within ` +
        `${spanHours} h mention ${listWords(entities)}${rate}.`,
      articleIds: c.articles.map((a) => a.id),
      sources,
      burst,
    });
  }
  return events;
}
