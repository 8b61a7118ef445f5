import type { EventCategory } from '@aftershock/shared';
import { ownerOf } from './entity-owners';
import type { Cluster, DetectionArticle } from './event-clustering';
import { cosine, type TitleVector } from './title-vectors';

/** An article as clustering compares it with the open clusters. */
export interface Candidate {
  vector: TitleVector;
  /** Its rare title words (`TitleSpace.rareWords`). */
  rare: readonly string[];
  entities: string[];
  subjects: string[];
  /** Entities rare enough that sharing one can be a link in itself. */
  specific: Set<string>;
  /** Entities named at least `minBurst` times their usual rate around the article. */
  bursting: Set<string>;
  category: EventCategory | null;
  topics: EventCategory[];
  market: boolean;
}

export interface FitThresholds {
  sameStory: number;
  related: number;
}

/** An allegation or an incident is its own story. */
export const distinctKinds: ReadonlySet<EventCategory> = new Set(['ip-allegation', 'security']);

/** The entities a cluster names most (all of them on a tie). */
function mainEntities(c: Cluster): string[] {
  const most = Math.max(0, ...c.entities.values());
  return [...c.entities].filter(([, n]) => n === most).map(([e]) => e);
}

/**
 * How well an article fits a cluster, or -1 when it does not belong:
 * - the same story in other words: a shared name and title cosine >= sameStory, or a shared
 *   rare word ("Wiz", "Korea") with the same kind of news, or with related titles even when the
 *   kinds differ ("South Korea blocks DeepSeek" filed as policy by one feed, privacy by another);
 * - a categorised article: the same subject as some member (or two shared names and titles
 *   twice as related as the threshold), a shared category, and a link: related titles, a shared
 *   product (Gemini, not just Google), or a shared specific name (DeepSeek in January 2025)
 *   with at least one title word in common or bursting around the article. A company that is
 *   merely not much written about (Microsoft, Amazon) links nothing by its name alone: two of its
 *   stories in the same two days are two stories;
 * - a market piece: the name the cluster is mostly about, with a link as above;
 * - any other article: the cluster's main name and related titles.
 */
export function fit(c: Cluster, a: Candidate, t: FitThresholds): number {
  const shared = a.entities.filter((e) => c.entities.has(e));
  const sim = Math.max(0, ...c.vectors.map((v) => cosine(v, a.vector)));
  const rare = a.rare.some((w) => c.rare.has(w));
  // An allegation or an incident joins only a cluster of its own kind. Otherwise the article's
  // category must be one of the members', or the cluster's one of the categories the article's
  // words point to ($500B pledge: investment, and policy).
  const sameCategory =
    a.category !== null && distinctKinds.has(a.category)
      ? c.category === a.category
      : (a.category !== null && c.topics.has(a.category)) ||
        (c.category !== null && a.topics.includes(c.category));
  const score = shared.length + 5 * sim + (sameCategory ? 1 : 0);
  // Two kinds of news about the same names are two stories, unless they share a rare word too.
  const conflict = a.category !== null && c.category !== null && !sameCategory;
  if (shared.length === 0) return sim >= 2 * t.sameStory && !conflict ? score : -1;
  if ((sim >= t.sameStory || rare) && !conflict) return score;
  if (rare && sim >= t.related) return score;
  // A company reports once a quarter: two results pieces on it in the window are one event.
  const results = a.category === 'earnings' && c.category === 'earnings';
  const linked =
    results ||
    sim >= t.related ||
    shared.some((e) => ownerOf(e) !== e || (a.specific.has(e) && (sim > 0 || a.bursting.has(e))));
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

export function joinCluster(c: Cluster, a: DetectionArticle, candidate: Candidate): void {
  c.articles.push(a);
  c.vectors.push(candidate.vector);
  for (const w of candidate.rare) c.rare.add(w);
  c.category ??= candidate.category;
  if (candidate.category) c.topics.add(candidate.category);
  for (const e of candidate.entities) c.entities.set(e, (c.entities.get(e) ?? 0) + 1);
  for (const e of candidate.subjects) c.subjects.set(e, (c.subjects.get(e) ?? 0) + 1);
}
