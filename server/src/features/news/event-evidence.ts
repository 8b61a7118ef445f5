import type { EventCategory } from '@aftershock/shared';
import { companies } from '../../catalogue/companies';
import { ownerOf } from './entity-owners';
import { type DetectionArticle, subjectEntities } from './event-clustering';
import { statedSum } from './stated-sum';

/** Results, a government measure, a deal or an investment pledge need no second source. */
const selfEvidentCategories: ReadonlySet<EventCategory> = new Set([
  'earnings',
  'policy',
  'deal',
  'infrastructure',
]);

/** Listed companies by the name their tags carry (`entity-aliases.ts`). */
const listed: ReadonlySet<string> = new Set(companies.map((c) => c.aliases[0] ?? c.name));

/** A sum a single report must state for a deal or a build-out to be news by itself. */
const materialSum = 1e9;

/** A build-out cut back: a revision of a plan the market has priced, material at any size. */
const retreat =
  /\b(cancel(s|led|ling)?|paus(es|ed|ing)|halt(s|ed|ing)?|scraps?|scrapped|delays?|delayed|scal(es|ed|ing) back|shelv(es|ed|ing))\b/i;

const material = (a: DetectionArticle, category: EventCategory) =>
  statedSum(a.title) >= materialSum || (category === 'infrastructure' && retreat.test(a.title));

/**
 * One article is an event by itself when it reports a self-evident kind of news (results, a
 * government measure, a deal, an investment) about a listed company or one of its units and
 * products (AWS, Gemini) named in its title (in its feed label when the title names no one; or,
 * for a government measure, about the chip sector as a whole), with the category backed by the
 * title and by the feed's label or description (score >= minScore). Two more conditions:
 * - a deal or a build-out is material: its headline states at least $1 billion changing hands,
 *   or it cuts a build-out back (cancels, delays). Smaller ones (a venture arm's stake in a
 *   start-up, a solar purchase) are real but reach the timeline only with a second report;
 * - a company acting (results, a deal, a pledge) leads its headline, in its first half: in
 *   "Databricks closes $15.3B financing, Meta joins as strategic investor" Databricks acts. A
 *   government measure names its target anywhere ("China opens antitrust probe into Nvidia").
 */
export function standsAlone(a: DetectionArticle | undefined, minScore: number): boolean {
  const topic = a?.topics[0];
  if (!a || !topic || !selfEvidentCategories.has(topic.category) || topic.score < minScore) {
    return false;
  }
  if (
    (topic.category === 'deal' || topic.category === 'infrastructure') &&
    !material(a, topic.category)
  ) {
    return false;
  }
  const subjects = subjectEntities(a);
  // The title names the subject; a title that names no one leaves it to the feed's label.
  const field = a.tags.some((t) => t.field === 'title') ? 'title' : 'label';
  const leads = (matched: string) =>
    topic.category === 'policy' ||
    field === 'label' ||
    a.title.indexOf(matched) < a.title.length / 2;
  return a.tags.some(
    (t) =>
      t.field === field &&
      leads(t.matched) &&
      (t.kind === 'company' ||
        listed.has(ownerOf(t.entity)) ||
        (t.kind === 'sector' && topic.category === 'policy')) &&
      subjects.includes(ownerOf(t.entity)),
  );
}
