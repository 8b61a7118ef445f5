import type { DetectionArticle } from './event-clustering';

const DAY = 86_400_000;

/** Times at which each entity was mentioned (title or description), for baselines. */
export class MentionIndex {
  readonly #times = new Map<string, number[]>();

  constructor(articles: readonly DetectionArticle[]) {
    for (const a of articles) {
      const at = Date.parse(a.publishedAt);
      for (const entity of new Set(a.tags.map((t) => t.entity))) {
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
