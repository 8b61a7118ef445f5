import {
  type LabelledEvent,
  type LabelledNegative,
  labelledEvents,
  labelledNegatives,
} from './labelled-events';
import { labelledEvents2024a, labelledNegatives2024a } from './labelled-events-2024a';
import { labelledEvents2024b, labelledNegatives2024b } from './labelled-events-2024b';

export interface EvalPeriod {
  name: string;
  from: string;
  to: string;
  events: readonly LabelledEvent[];
  negatives: readonly LabelledNegative[];
}

/**
 * The two periods of test/eval/README.md: detection was tuned on the first, and the second was
 * labelled from its headlines before the detector ever ran on it.
 */
export const evalPeriods: readonly EvalPeriod[] = [
  {
    name: 'tuning',
    from: '2024-12-01',
    to: '2025-03-31',
    events: labelledEvents,
    negatives: labelledNegatives,
  },
  {
    name: 'evaluation',
    from: '2024-03-21',
    to: '2024-11-30',
    events: [...labelledEvents2024a, ...labelledEvents2024b],
    negatives: [...labelledNegatives2024a, ...labelledNegatives2024b],
  },
];
