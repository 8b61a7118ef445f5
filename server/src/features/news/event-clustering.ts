import type { EventCategory } from '@aftershock/shared';
import { articleKind } from './article-kind';
import { type TopicMatch, titleNames } from './category-rules';
import { type Candidate, fit, joinCluster } from './cluster-fit';
import { ownerOf } from './entity-owners';
import { burstOf, MentionIndex, mentionShare } from './event-burst';
import { TitleSpace, type TitleVector } from './title-vectors';

export interface DetectionTag {
  entity: string;
  /** company, entity (an AI lab or product) or sector. */
  kind: string;
  tickers: readonly string[];
  /** title, label or snippet. */
  field: string;
  matched: string;
}

/** An article as event detection reads it: what the store keeps, no article text. */
export interface DetectionArticle {
  id: string;
  title: string;
  /** ISO 8601. */
  publishedAt: string;
  dateEstimated: boolean;
  /** The feed's display name (TechCrunch, WIRED...). */
  source: string;
  /** Other sources that carried the same story. */
  alsoIn: readonly string[];
  /** The feed's labels for the item. */
  labels: readonly string[];
  tags: readonly DetectionTag[];
  topics: readonly TopicMatch[];
}

export interface Cluster {
  articles: DetectionArticle[];
  /** Epoch ms of the first article: the window is measured from here, not from the last. */
  start: number;
  /** The category of its first categorised article. */
  category: EventCategory | null;
  /** The categories of its members (each member's best one). */
  topics: Set<EventCategory>;
  /** Salient entities of the members, with how many members name each. */
  entities: Map<string, number>;
  /** What its members are mainly about (`subjectEntities`), with how many members each. */
  subjects: Map<string, number>;
  vectors: TitleVector[];
  /** Rare title words of its members (`TitleSpace.rareWords`). */
  rare: Set<string>;
}

export interface ClusterOptions {
  /** Articles join a cluster only within this many hours of its first article. Default 48. */
  windowHours?: number;
  /** Title cosine at or above which two titles tell the same story. Default 0.35. */
  sameStory?: number;
  /** Title cosine that, with a shared name, makes two articles related. Default 0.18. */
  related?: number;
  /** A name in fewer than this share of the past 28 days' articles is specific. Default 0.03. */
  specificShare?: number;
  /**
   * A title word in at most this share of all titles is rare: sharing one is a link (about 1
   * title in 800; "Wiz", "Korea" and "9a" are rare over the archive, "chip" and "app" are not).
   * Default 0.0013.
   */
  rareShare?: number;
  /** Mentions of a name at this multiple of its own baseline are a burst. Default 4. */
  minBurst?: number;
}

/**
 * The entities an article is about: those in its title and those its feed files it under (the
 * description's names are context, not subject).
 */
export function salientEntities(a: DetectionArticle): string[] {
  return [...new Set(a.tags.filter((t) => t.field !== 'snippet').map((t) => t.entity))];
}

/**
 * What an article is mainly about: the names in the first half of its title (a headline leads
 * with its subject: "Microsoft brings a DeepSeek model to its cloud"), at least the first one,
 * and the names its feed files it under that `isSpecific` (a rare name in a label is the
 * subject even when the title only says "Chinese reasoning model"). Products count as their
 * owner (Gemini as Alphabet).
 */
export function subjectEntities(
  a: DetectionArticle,
  isSpecific: (entity: string) => boolean = () => false,
): string[] {
  const inTitle = a.tags
    .filter((t) => t.field === 'title')
    .map((t) => ({ entity: t.entity, at: Math.max(0, a.title.indexOf(t.matched)) }))
    .sort((x, y) => x.at - y.at);
  const labelled = a.tags.filter((t) => t.field === 'label').map((t) => t.entity);
  if (inTitle.length === 0) return [...new Set(labelled.map(ownerOf))];
  const half = a.title.length / 2;
  const leading = inTitle.filter((t, i) => i === 0 || t.at < half).map((t) => t.entity);
  return [...new Set([...leading, ...labelled.filter(isSpecific)].map(ownerOf))];
}

export const categoryOf = (a: DetectionArticle): EventCategory | null =>
  a.topics[0]?.category ?? null;

/**
 * A title without the names of the companies and labs it was tagged with: what it says about
 * them. Those names are compared as entities; left in the words they would make every DeepSeek
 * headline of a week look alike. Product names (o3-mini, Gemini, Sora) stay: they are the topic.
 */
function topicWords(a: DetectionArticle): string {
  let text = a.title;
  for (const t of a.tags) {
    if (t.field === 'title' && ownerOf(t.entity) === t.entity) {
      text = text.split(t.matched).join(' ');
    }
  }
  return text;
}

/**
 * Groups related articles: in time order, each article joins the open cluster it fits best if
 * that cluster started less than `windowHours` before it, else it starts a cluster of its own.
 * Measuring the window from a cluster's first article keeps a week of coverage of one company
 * from chaining into one event. An uncategorised piece that fits no open cluster may join one
 * founded within the next 36 hours (the news broke before its kind was clear). Reviews and guides
 * (`articleKind`) take no part.
 */
export function clusterArticles(
  articles: readonly DetectionArticle[],
  options: ClusterOptions = {},
): Cluster[] {
  const windowMs = (options.windowHours ?? 48) * 3_600_000;
  const thresholds = { sameStory: options.sameStory ?? 0.35, related: options.related ?? 0.18 };
  const specificShare = options.specificShare ?? 0.03;
  const rareShare = options.rareShare ?? 0.0013;
  const minBurst = options.minBurst ?? 4;
  const space = new TitleSpace(articles.map(topicWords));
  const owners = new MentionIndex(articles, ownerOf);
  const ordered = articles
    .filter((a) => {
      const kind = articleKind(a.title);
      return salientEntities(a).length > 0 && kind !== 'feature' && kind !== 'gadget';
    })
    .sort(
      (x, y) => Date.parse(x.publishedAt) - Date.parse(y.publishedAt) || (x.id < y.id ? -1 : 1),
    );
  const clusters: Cluster[] = [];
  let open: Cluster[] = [];
  let orphans: { a: DetectionArticle; candidate: Candidate; at: number }[] = [];
  const lookBackMs = Math.min(windowMs, 36 * 3_600_000);
  for (const a of ordered) {
    const at = Date.parse(a.publishedAt);
    open = open.filter((c) => at - c.start <= windowMs);
    const entities = salientEntities(a);
    const isSpecific = (e: string) =>
      mentionShare({ index: owners, entity: ownerOf(e), at }) < specificShare;
    const candidate: Candidate = {
      vector: space.vector(topicWords(a)),
      rare: space.rareWords(topicWords(a), rareShare),
      entities,
      subjects: subjectEntities(a, isSpecific),
      specific: new Set(entities.filter(isSpecific)),
      // Centred on the article: the first reports of a burst are part of it.
      bursting: new Set(
        entities.filter(
          (e) =>
            burstOf({ index: owners, entity: ownerOf(e), start: at - windowMs / 2, windowMs })
              .ratio >= minBurst,
        ),
      ),
      category: categoryOf(a),
      topics: a.topics.map((x) => x.category),
      market: articleKind(a.title) === 'market',
    };
    let best: Cluster | undefined;
    let bestFit = -1;
    for (const c of open) {
      const f = fit(c, candidate, thresholds);
      if (f > bestFit) {
        best = c;
        bestFit = f;
      }
    }
    if (best) {
      joinCluster(best, a, candidate);
      continue;
    }
    // A plain article can join a story but not start one; it waits 36 hours in case the story it
    // belongs to is reported after it. Plain: no category, or one that only its description or
    // labels give ("Eric Schmidt says DeepSeek marks a turning point", filed under policy).
    // Results are the exception: "Threads adds 20M users" is Meta's earnings call.
    const founds =
      candidate.market ||
      (candidate.category !== null &&
        (candidate.category === 'earnings' || titleNames(a.title, candidate.category)));
    if (!founds) {
      orphans.push({ a, candidate, at });
      continue;
    }
    const cluster: Cluster = {
      articles: [],
      start: at,
      category: null,
      topics: new Set(),
      entities: new Map(),
      subjects: new Map(),
      vectors: [],
      rare: new Set(),
    };
    joinCluster(cluster, a, candidate);
    orphans = orphans.filter((o) => at - o.at <= lookBackMs);
    const earlier = orphans.filter((o) => fit(cluster, o.candidate, thresholds) >= 0);
    for (const o of earlier) joinCluster(cluster, o.a, o.candidate);
    if (earlier.length > 0) {
      orphans = orphans.filter((o) => !earlier.includes(o));
      cluster.start = Math.min(...earlier.map((o) => o.at), at);
      const order = cluster.articles
        .map((x, i) => ({ x, v: cluster.vectors[i], t: Date.parse(x.publishedAt) }))
        .sort((p, q) => p.t - q.t);
      cluster.articles = order.map((o) => o.x);
      cluster.vectors = order.flatMap((o) => (o.v ? [o.v] : []));
    }
    clusters.push(cluster);
    open.push(cluster);
  }
  return clusters;
}
