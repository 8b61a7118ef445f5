import type { EventCategory } from '@aftershock/shared';
import type { DetectedEvent } from './detect-events';
import { ownerOf } from './entity-owners';
import type { Tagger } from './tagging';
import { contentTokens } from './title-vectors';

/** A curated event as linking reads it. */
export interface CuratedForLinking {
  id: string;
  title: string;
  summary: string;
  category: EventCategory;
  occurredAt: string;
}

export interface EventLink {
  curatedId: string;
  /** Words for the event's reason. */
  why: string;
}

const DAY = 86_400_000;

/** Words too common in AI news to say two titles tell the same thing. */
const generic = new Set(['ai', 'new', 'model', 'models', 'company', 'chinese', 'us', 'tech']);

/** A title's content words, the tagged names left out. */
function words(title: string, tags: readonly { matched: string }[] = []): Set<string> {
  let text = title;
  for (const t of tags) text = text.split(t.matched).join(' ');
  return new Set(contentTokens(text).filter((w) => !generic.has(w)));
}

/**
 * Links detected events to the curated events they are, so the timeline shows one event with
 * its articles rather than two. A curated event's entities are found by the same tagger in its
 * title (products counted as their owner). A detected event links to a curated one at most
 * `maxDays` away when it has the same category (the same kind of news) and its main entity is a
 * subject of the curated title (a name in the first half of it) or a name of it; or, within a
 * day, when its main entity is a subject and the titles share a word beyond the names ("DeepSeek
 * app soars" and "DeepSeek tops the App Store"). The best candidate wins:
 *
 *   score = [same category] + [main entity is a subject] + shared / union - days apart / maxDays
 */
export function linkToCurated(params: {
  detected: readonly DetectedEvent[];
  curated: readonly CuratedForLinking[];
  tagger: Tagger;
  maxDays?: number;
}): Map<string, EventLink> {
  const maxDays = params.maxDays ?? 3;
  const curated = params.curated.map((c) => {
    const tags = params.tagger.tag({ title: c.title }).tags;
    const half = c.title.length / 2;
    const subjects = tags
      .map((t) => ({ owner: ownerOf(t.entity), at: c.title.indexOf(t.matched) }))
      .filter((t, i) => i === 0 || (t.at >= 0 && t.at < half))
      .map((t) => t.owner);
    return {
      ...c,
      words: words(c.title, tags),
      at: Date.parse(c.occurredAt),
      owners: new Set(tags.map((t) => ownerOf(t.entity))),
      subjects: new Set(subjects),
    };
  });
  const links = new Map<string, EventLink>();
  for (const d of params.detected) {
    const owners = new Set(d.entities.map(ownerOf));
    const main = d.entities[0] === undefined ? undefined : ownerOf(d.entities[0]);
    const at = Date.parse(d.occurredAt);
    let best: { id: string; score: number; why: string } | undefined;
    for (const c of curated) {
      const days = Math.abs(at - c.at) / DAY;
      const shared = [...owners].filter((o) => c.owners.has(o));
      const same = d.category === c.category;
      const isSubject = main !== undefined && c.subjects.has(main);
      const sayAlike = [...c.words].some((w) => words(d.title).has(w));
      const linked =
        (same && (isSubject || shared.length > 0)) || (isSubject && days <= 1 && sayAlike);
      if (days > maxDays || !linked) continue;
      const union = new Set([...owners, ...c.owners]).size;
      const score = Number(same) + Number(isSubject) + shared.length / union - days / maxDays;
      if (!best || score > best.score) {
        const when = days < 1 ? 'within a day' : `${days.toFixed(1)} days apart`;
        const names = shared.length > 0 ? shared : [main ?? ''];
        best = { id: c.id, score, why: `same ${names.join(' and ')}, ${when}` };
      }
    }
    if (best) links.set(d.id, { curatedId: best.id, why: best.why });
  }
  return links;
}
