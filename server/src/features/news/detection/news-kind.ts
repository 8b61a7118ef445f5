import type { EventCategory } from '@aftershock/shared';
import {
  allegation,
  authority,
  buildOut,
  deal,
  incident,
  launchObject,
  launchVerb,
  lawsuit,
  leadership,
  litigation,
  measure,
  request,
  results,
  talkedAbout,
  versioned,
} from './kind-words';

/**
 * The kind of happening a headline states, from its grammar alone: event extraction by the type
 * of news (results, a measure, a deal, a launch, a ruling, a departure), never by the names of
 * one story. A headline that states none is context: it may join a story, never make one.
 */
export type NewsKind =
  | 'results'
  | 'measure'
  | 'allegation'
  | 'incident'
  | 'leadership'
  | 'deal'
  | 'build-out'
  | 'launch'
  | 'lawsuit';

/**
 * In order: the more specific kind first. A launch comes before a build-out, since a chip "for AI
 * data centers" is a launch.
 */
const order: readonly [NewsKind, (title: string) => boolean][] = [
  ['results', (t) => results.test(t)],
  ['leadership', (t) => leadership.test(t)],
  ['allegation', (t) => allegation.test(t)],
  ['lawsuit', (t) => lawsuit.test(t) && !request.test(t) && !talkedAbout(t)],
  [
    'measure',
    (t) =>
      ((measure.test(t) && authority.test(t)) || litigation.test(t)) &&
      !request.test(t) &&
      !talkedAbout(t),
  ],
  ['incident', (t) => incident.test(t)],
  ['deal', (t) => deal.test(t)],
  ['launch', (t) => (launchVerb.test(t) || versioned.test(t)) && launchObject.test(t)],
  ['build-out', (t) => buildOut.test(t)],
];

/** The kind of news a headline states, or null when it states none. */
export function newsKind(title: string): NewsKind | null {
  for (const [kind, test] of order) if (test(title)) return kind;
  return null;
}

export const categoryOfKind: Readonly<Record<NewsKind, EventCategory>> = {
  results: 'earnings',
  measure: 'policy',
  allegation: 'ip-allegation',
  incident: 'security',
  leadership: 'leadership',
  deal: 'deal',
  'build-out': 'infrastructure',
  launch: 'model-launch',
  lawsuit: 'policy',
};
