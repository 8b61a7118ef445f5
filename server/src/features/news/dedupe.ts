import type { NormalisedArticle } from './normalise';
import { similarTitlePairs, titleTokens } from './title-similarity';

/** Where else a story was seen. */
export interface StoryMember {
  articleId: string;
  feedKey: string;
  source: string;
  link: string | null;
  publishedAt: string;
  dateEstimated: boolean;
}

export interface Story {
  /** The id of the representative article: the earliest one. */
  id: string;
  article: NormalisedArticle;
  /** The earliest real publication time among the members (estimated only if all are). */
  publishedAt: string;
  dateEstimated: boolean;
  /** Distinct source names, the representative's first. */
  sources: string[];
  /** Every distinct article merged into the story, earliest first. */
  members: StoryMember[];
}

export interface DedupeOptions {
  /** Token-set Jaccard at or above which two titles are the same story. Default 0.9. */
  titleThreshold?: number;
  /** Titles only merge within this many hours of each other ("Week in review"). Default 72. */
  titleWindowHours?: number;
}

function time(a: NormalisedArticle): number {
  return Date.parse(a.publishedAt);
}

/** Earlier real dates first; an estimated date sorts after every real one. */
function earlier(a: NormalisedArticle, b: NormalisedArticle): number {
  return Number(a.dateEstimated) - Number(b.dateEstimated) || time(a) - time(b);
}

/** Within one feed: one article per id and per link, keeping the earliest. */
export function dedupeWithinFeed(articles: readonly NormalisedArticle[]): NormalisedArticle[] {
  const kept: NormalisedArticle[] = [];
  const byKey = new Map<string, number>();
  for (const article of articles) {
    const keys = [`id:${article.id}`, ...(article.link ? [`link:${article.link}`] : [])];
    const at = keys.map((k) => byKey.get(k)).find((i) => i !== undefined);
    if (at === undefined) {
      for (const k of keys) byKey.set(k, kept.length);
      kept.push(article);
      continue;
    }
    const current = kept[at];
    if (current && earlier(article, current) < 0) kept[at] = article;
    for (const k of keys) byKey.set(k, at);
  }
  return kept;
}

class UnionFind {
  readonly #parent: number[];
  constructor(size: number) {
    this.#parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.#parent[root] !== root) root = this.#parent[root] ?? root;
    for (let j = i; this.#parent[j] !== root; ) {
      const next = this.#parent[j] ?? root;
      this.#parent[j] = root;
      j = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.#parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function toStory(group: NormalisedArticle[]): Story {
  const ordered = [...group].sort(earlier);
  const seen = new Set<string>();
  const members: StoryMember[] = [];
  for (const a of ordered) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    members.push({
      articleId: a.id,
      feedKey: a.feedKey,
      source: a.source,
      link: a.link,
      publishedAt: a.publishedAt,
      dateEstimated: a.dateEstimated,
    });
  }
  const first = ordered[0];
  if (!first) throw new Error('a story needs at least one article');
  return {
    id: first.id,
    article: first,
    publishedAt: first.publishedAt,
    dateEstimated: first.dateEstimated,
    sources: [...new Set(ordered.map((a) => a.source))],
    members,
  };
}

/**
 * Across feeds (and snapshots): articles with the same id, the same canonical link, the same
 * normalised title or titles with token Jaccard >= 0.9 within 72 hours are one story, dated by
 * its earliest real publication time. Stories come back oldest first.
 */
export function dedupeAcrossFeeds(
  articles: readonly NormalisedArticle[],
  options: DedupeOptions = {},
): Story[] {
  const threshold = options.titleThreshold ?? 0.9;
  const windowMs = (options.titleWindowHours ?? 72) * 3_600_000;
  const sets = new UnionFind(articles.length);
  const firstByKey = new Map<string, number>();
  articles.forEach((a, i) => {
    for (const key of [`id:${a.id}`, ...(a.link ? [`link:${a.link}`] : [])]) {
      const j = firstByKey.get(key);
      if (j === undefined) firstByKey.set(key, i);
      else sets.union(i, j);
    }
  });
  const tokenSets = articles.map((a) => new Set(titleTokens(a.title)));
  for (const [i, j] of similarTitlePairs(tokenSets, threshold)) {
    const a = articles[i];
    const b = articles[j];
    if (a && b && Math.abs(time(a) - time(b)) <= windowMs) sets.union(i, j);
  }
  const groups = new Map<number, NormalisedArticle[]>();
  articles.forEach((a, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(a);
    else groups.set(root, [a]);
  });
  return [...groups.values()]
    .map(toStory)
    .sort(
      (x, y) => Date.parse(x.publishedAt) - Date.parse(y.publishedAt) || (x.id < y.id ? -1 : 1),
    );
}
