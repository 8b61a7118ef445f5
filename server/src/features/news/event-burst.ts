import type { DetectionArticle } from './detection-article';

const DAY = 86_400_000;

/** Times at which each entity was mentioned (title or description), for baselines. */
export class MentionIndex {
  readonly #times = new Map<string, number[]>();
  readonly #all: number[];

  /** `key` groups names (a product with its owner); by default each name stands alone. */
  constructor(articles: readonly DetectionArticle[], key: (entity: string) => string = (e) => e) {
    this.#all = articles.map((a) => Date.parse(a.publishedAt)).sort((x, y) => x - y);
    for (const a of articles) {
      const at = Date.parse(a.publishedAt);
      for (const entity of new Set(a.tags.map((t) => key(t.entity)))) {
        const list = this.#times.get(entity);
        if (list) list.push(at);
        else this.#times.set(entity, [at]);
      }
    }
    for (const list of this.#times.values()) list.sort((x, y) => x - y);
  }

  /** Mentions of `entity` in [from, to). */
  count(entity: string, from: number, to: number): number {
    const list = this.#times.get(entity) ?? [];
    return lowerBound(list, to) - lowerBound(list, from);
  }

  /** Articles in [from, to). */
  articles(from: number, to: number): number {
    return lowerBound(this.#all, to) - lowerBound(this.#all, from);
  }
}

function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The share of articles that named `entity` in the `days` before `at`: how common a name is
 * right then. Sharing a common name (Google, OpenAI) says little about two articles; sharing a
 * rare one (DeepSeek before its week) says much. A share rather than a rate does not change
 * with the number of feeds; with fewer than `minArticles` in that time (the start of the data)
 * the share over all the articles is used, and with fewer than that in all, 0.
 */
export function mentionShare(params: {
  index: MentionIndex;
  entity: string;
  at: number;
  days?: number;
  minArticles?: number;
}): number {
  const { index, entity, at } = params;
  const from = at - (params.days ?? 28) * DAY;
  const total = index.articles(from, at);
  if (total >= (params.minArticles ?? 100)) return index.count(entity, from, at) / total;
  const all = index.articles(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  // Too few articles to call any name common.
  if (all < (params.minArticles ?? 100)) return 0;
  return index.count(entity, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY) / all;
}

export interface BurstParams {
  index: MentionIndex;
  entity: string;
  /** Epoch ms where the window opens. */
  start: number;
  windowMs: number;
  /** Days before the window that make the baseline. Default 28. */
  baselineDays?: number;
}

export interface Burst {
  entity: string;
  inWindow: number;
  /** Mentions a window of this length usually holds. */
  expected: number;
  ratio: number;
}

/**
 * How unusual the mentions of an entity in a window are against its own past:
 *
 *   expected = max(mentions in the baseline days before / baselineDays * windowDays, 0.5)
 *   ratio    = mentions in the window / expected
 *
 * The floor of half a mention keeps a rarely named entity from a division by (nearly) zero: a
 * name never seen before that appears four times in two days scores 8, not infinity.
 */
export function burstOf(params: BurstParams): Burst {
  const { index, entity, start, windowMs } = params;
  const baselineDays = params.baselineDays ?? 28;
  const inWindow = index.count(entity, start, start + windowMs);
  const before = index.count(entity, start - baselineDays * DAY, start);
  const expected = Math.max((before / baselineDays) * (windowMs / DAY), 0.5);
  return { entity, inWindow, expected, ratio: inWindow / expected };
}
