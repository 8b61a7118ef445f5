import type { EventCategory } from '@aftershock/shared';
import { articleKind } from './article-kind';
import type { TopicMatch } from './category-rules';
import { ownerOf } from './entity-owners';
import { MentionIndex, mentionShare } from './event-burst';
import { cosine, TitleSpace, type TitleVector } from './title-vectors';

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
}

export interface ClusterOptions {
  /** Articles join a cluster only within this many hours of its first article. Default 48. */
  windowHours?: number;
  /** Title cosine at or above which two titles tell the same story. Default 0.35. */
  sameStory?: number;
  /** Title cosine that, with a shared name, makes two articles related. Default 0.12. */
  related?: number;
  /** A name in fewer than this share of the past 28 days' articles is specific. Default 0.03. */
  specificShare?: number;
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

const distinctKinds: ReadonlySet<EventCategory> = new Set(['ip-allegation', 'security']);

interface Candidate {
  vector: TitleVector;
  entities: string[];
  subjects: string[];
  /** Entities rare enough that sharing one is a link in itself. */
  specific: Set<string>;
  category: EventCategory | null;
  topics: EventCategory[];
  market: boolean;
}

/** The entities a cluster names most (all of them on a tie). */
function mainEntities(c: Cluster): string[] {
  const most = Math.max(0, ...c.entities.values());
  return [...c.entities].filter(([, n]) => n === most).map(([e]) => e);
}

interface Thresholds {
  sameStory: number;
  related: number;
}

/**
 * How well an article fits a cluster, or -1 when it does not belong:
 * - the same story in other words (title cosine >= sameStory) with a shared name;
 * - a categorised article: the same subject as some member (or two shared names and titles
 *   twice as related as the threshold below), a shared
 *   category, and a shared name that is specific (DeepSeek in January 2025) or a product (Gemini,
 *   not just Google), or else related titles;
 * - a market piece: the name the cluster is mostly about, specific or with related titles;
 * - any other article: the cluster's main name and related titles.
 */
function fit(c: Cluster, a: Candidate, t: Thresholds): number {
  const shared = a.entities.filter((e) => c.entities.has(e));
  const sim = Math.max(0, ...c.vectors.map((v) => cosine(v, a.vector)));
  // An allegation or an incident is its own story: it joins only a cluster of its own kind.
  // Otherwise the article's category must be one of the members', or the cluster's one of the
  // categories the article's words point to ($500B pledge: investment, and policy).
  const sameCategory =
    a.category !== null && distinctKinds.has(a.category)
      ? c.category === a.category
      : (a.category !== null && c.topics.has(a.category)) ||
        (c.category !== null && a.topics.includes(c.category));
  const score = shared.length + 5 * sim + (sameCategory ? 1 : 0);
  // Two kinds of news about the same names are two stories, however alike their words.
  const conflict = a.category !== null && c.category !== null && !sameCategory;
  if (shared.length === 0) return sim >= 2 * t.sameStory && !conflict ? score : -1;
  if (sim >= t.sameStory && !conflict) return score;
  // A company reports once a quarter: two results pieces on it in the window are one event.
  const results = a.category === 'earnings' && c.category === 'earnings';
  const linked =
    results || sim >= t.related || shared.some((e) => a.specific.has(e) || ownerOf(e) !== e);
  if (a.category) {
    const about =
      a.subjects.some((e) => c.subjects.has(e)) || (shared.length >= 2 && sim >= 2 * t.related);
    return about && linked && (c.category === null || sameCategory) ? score : -1;
  }
  const main = mainEntities(c);
  if (!shared.some((e) => main.includes(e))) return -1;
  if (a.market) return linked ? score : -1;
  return sim >= t.related ? score : -1;
}

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

function join(c: Cluster, a: DetectionArticle, candidate: Candidate): void {
  c.articles.push(a);
  c.vectors.push(candidate.vector);
  c.category ??= candidate.category;
  if (candidate.category) c.topics.add(candidate.category);
  for (const e of candidate.entities) c.entities.set(e, (c.entities.get(e) ?? 0) + 1);
  for (const e of candidate.subjects) c.subjects.set(e, (c.subjects.get(e) ?? 0) + 1);
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
  const thresholds = { sameStory: options.sameStory ?? 0.35, related: options.related ?? 0.12 };
  const specificShare = options.specificShare ?? 0.03;
  const space = new TitleSpace(articles.map(topicWords));
  const owners = new MentionIndex(articles, ownerOf);
  const ordered = articles
    .filter((a) => salientEntities(a).length > 0 && articleKind(a.title) !== 'feature')
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
      entities,
      subjects: subjectEntities(a, isSpecific),
      specific: new Set(entities.filter(isSpecific)),
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
      join(best, a, candidate);
      continue;
    }
    // A plain article with no category can join a story but not start one; it waits 36 hours in
    // case the story it belongs to is reported after it.
    if (!candidate.category && !candidate.market) {
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
    };
    join(cluster, a, candidate);
    orphans = orphans.filter((o) => at - o.at <= lookBackMs);
    const earlier = orphans.filter((o) => fit(cluster, o.candidate, thresholds) >= 0);
    for (const o of earlier) join(cluster, o.a, o.candidate);
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
