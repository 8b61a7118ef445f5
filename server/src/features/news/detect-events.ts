import { createHash } from 'node:crypto';
import type { EventCategory } from '@aftershock/shared';
import { companies, subsidiaryAliases } from '../../catalogue/companies';
import { aboutAi } from './article-kind';
import { coreEntities, majorityCategory } from './cluster-summary';
import { ownerOf } from './entity-owners';
import { type Burst, burstOf, MentionIndex } from './event-burst';
import {
  type Cluster,
  type ClusterOptions,
  clusterArticles,
  type DetectionArticle,
} from './event-clustering';
import { standsAlone } from './event-evidence';
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
      (t) =>
        t.field !== 'snippet' &&
        (t.kind !== 'company' ||
          (aiCoreCompanies.has(t.entity) && !subsidiaryAliases.has(t.matched))),
    ),
  });

/**
 * Whether an article reports on an entity: its headline names it or one of its products. What
 * makes an event AI news must be such a report, not a side story that joined it ("OpenAI's
 * Stargate lacks the money" beside "Trump open to Larry Ellison buying TikTok") or a feed's label
 * ("Artificial Intelligence" on a TikTok piece).
 */
const reportsOn = (a: DetectionArticle, entity: string) =>
  a.tags.some((t) => t.field === 'title' && ownerOf(t.entity) === ownerOf(entity));

const listWords = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * Turns tagged articles into events: related articles within a sliding window form a cluster
 * (`clusterArticles`); a cluster becomes an event when it has a category, is AI news by a report
 * on its subject (results excepted), and has enough weight: two sources, or three articles, or a
 * burst of its main entity against its own baseline, or one article that stands alone
 * (`standsAlone`).
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
    if (category !== 'earnings' && !c.articles.some((a) => isAboutAi(a) && reportsOn(a, main))) {
      continue;
    }
    const burst = burstOf({
      index,
      entity: main,
      start: c.start,
      windowMs,
      ...(options.baselineDays === undefined ? {} : { baselineDays: options.baselineDays }),
    });
    const bursting = burst.ratio >= (options.minBurst ?? 4);
    const single = n === 1 && standsAlone(c.articles[0], options.singleArticleScore ?? 7);
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
