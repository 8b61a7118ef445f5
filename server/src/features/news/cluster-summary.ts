import type { EventCategory } from '@aftershock/shared';
import { ownerOf } from './entity-owners';
import { type Cluster, categoryOf } from './event-clustering';

/**
 * Entities named by at least half the articles (and always the first), at most 4, the one most
 * often the subject of a headline first (`subjectEntities`), then the most named.
 */
export function coreEntities(c: Cluster): string[] {
  const subject = (e: string) => c.subjects.get(ownerOf(e)) ?? 0;
  const ranked = [...c.entities].sort(
    (x, y) => subject(y[0]) - subject(x[0]) || y[1] - x[1] || (x[0] < y[0] ? -1 : 1),
  );
  const core = ranked.filter(([, n], i) => i === 0 || n * 2 >= c.articles.length);
  return core.slice(0, 4).map(([e]) => e);
}

/** The category most of its articles have (the first counted on a tie). */
export function majorityCategory(c: Cluster): EventCategory | null {
  const counts = new Map<EventCategory, number>();
  for (const a of c.articles) {
    const cat = categoryOf(a);
    if (cat) counts.set(cat, (counts.get(cat) ?? 0) + 1);
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  return ranked[0]?.[0] ?? null;
}
