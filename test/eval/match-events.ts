import type { LabelledEvent } from './labelled-events';

/** A detected event as the evaluation sees it: when, what kind, about whom. */
export interface ScoredEvent {
  id: string;
  /** New York date of the event's time. */
  date: string;
  category: string;
  /** Entity keys: tickers for companies, lab names for labs (see `entityKey`). */
  keys: string[];
  title: string;
}

export interface EventMatchResult {
  /** detected id -> labelled id, one to one. */
  pairs: Map<string, string>;
  /** Detected events that match a labelled event already taken by another: a split story. */
  duplicates: Map<string, string>;
  /** Detected events that match no labelled event. */
  unmatched: ScoredEvent[];
}

const DAY = 86_400_000;

const wordsOf = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );

function jaccardWords(a: string, b: string): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared === 0 ? 0 : shared / (x.size + y.size - shared);
}
const dayDiff = (a: string, b: string) =>
  Math.round(Math.abs(Date.parse(`${a}T12:00:00Z`) - Date.parse(`${b}T12:00:00Z`)) / DAY);

/**
 * Matches detected to labelled events one to one: a pair needs the detected event's main entity
 * key among the labelled event's and dates at most `maxDays` apart. Pairs are taken greedily, best first, the usual greedy assignment of
 * event-detection evaluations (TDT, Allan 2002), with
 *
 *   score = [the detected event's main key is the label's] + Jaccard(keys) + 0.3 [same category]
 *           + Jaccard(title words, description words) - 0.25 * days apart
 *
 * The words term only breaks ties between labels about the same company on the same days.
 */
export function matchEvents(params: {
  detected: readonly ScoredEvent[];
  labelled: readonly LabelledEvent[];
  maxDays?: number;
}): EventMatchResult {
  const maxDays = params.maxDays ?? 2;
  const candidates: { d: ScoredEvent; l: LabelledEvent; score: number }[] = [];
  // keys[0] is the main key: the entity most often the subject of the event's headlines.
  for (const d of params.detected) {
    for (const l of params.labelled) {
      const days = dayDiff(d.date, l.date);
      const shared = l.entities.filter((k) => d.keys.includes(k)).length;
      // The detected event must be about the labelled one's subject: its main key is the
      // headline the product shows, not a name one of its articles happened to carry.
      const main = d.keys[0] !== undefined && l.entities.includes(d.keys[0]) ? 1 : 0;
      if (days > maxDays || main === 0) continue;
      const union = new Set([...l.entities, ...d.keys]).size;
      const same = d.category === l.category ? 0.3 : 0;
      const words = jaccardWords(d.title, l.description);
      candidates.push({ d, l, score: main + shared / union + same + words - 0.25 * days });
    }
  }
  candidates.sort((x, y) => y.score - x.score || (x.d.id < y.d.id ? -1 : 1));
  const pairs = new Map<string, string>();
  const taken = new Set<string>();
  for (const c of candidates) {
    if (pairs.has(c.d.id) || taken.has(c.l.id)) continue;
    pairs.set(c.d.id, c.l.id);
    taken.add(c.l.id);
  }
  const duplicates = new Map<string, string>();
  for (const c of candidates) {
    if (!pairs.has(c.d.id) && !duplicates.has(c.d.id)) duplicates.set(c.d.id, c.l.id);
  }
  const unmatched = params.detected.filter((d) => !pairs.has(d.id) && !duplicates.has(d.id));
  return { pairs, duplicates, unmatched };
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  truePositives: number;
  predicted: number;
  actual: number;
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Precision and recall over (item, label) pairs, micro-averaged. */
export function setMetrics(
  rows: readonly { expected: string[]; actual: string[] }[],
): PrecisionRecall {
  let tp = 0;
  let predicted = 0;
  let actual = 0;
  for (const r of rows) {
    const expected = new Set(r.expected);
    tp += r.actual.filter((t) => expected.has(t)).length;
    predicted += r.actual.length;
    actual += expected.size;
  }
  return {
    precision: ratio(tp, predicted),
    recall: ratio(tp, actual),
    truePositives: tp,
    predicted,
    actual,
  };
}
