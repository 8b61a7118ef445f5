import type { LabelledEvent } from './labelled-events';

/** A detected event as story scoring reads it. */
export interface StoryScored {
  id: string;
  /** Headlines of its articles, first report first. */
  titles: string[];
  /** Day 0 of its time (the day-0 rule). */
  day0: string;
  tickers: string[];
  category: string;
}

/** A labelled event with the day 0 of its first report. */
export interface LabelledStory {
  label: LabelledEvent;
  day0: string;
}

export interface StoryScores {
  detected: number;
  /** Detected id -> labelled id, one to one. */
  pairs: Map<string, string>;
  /** Detected events whose story was already matched: a split story, counted wrong. */
  duplicates: Map<string, string>;
  /** Labelled ids found, major and all. */
  foundMajor: number;
  major: number;
  foundAll: number;
  all: number;
  /** Of the pairs: every article in the label's; day 0 equal; tickers equal; category equal. */
  oneStory: number;
  day0Right: number;
  tickersExact: number;
  categoryRight: number;
  tickerTruePositives: number;
  tickersPredicted: number;
  tickersExpected: number;
}

/**
 * Scores detected events against labelled stories by their articles: a detected event is a
 * labelled event when they share an article (the greatest share wins, greedily, one to one; TDT's
 * usual assignment). A second detected event sharing articles with a label already taken is a
 * split story. Labels without `articles` cannot be matched this way and are left out.
 */
export function scoreStories(params: {
  detected: readonly StoryScored[];
  labelled: readonly LabelledStory[];
}): StoryScores {
  const labelled = params.labelled.filter((l) => (l.label.articles?.length ?? 0) > 0);
  const candidates: { d: StoryScored; l: LabelledStory; shared: number }[] = [];
  for (const d of params.detected) {
    const titles = new Set(d.titles);
    for (const l of labelled) {
      const shared = (l.label.articles ?? []).filter((t) => titles.has(t)).length;
      if (shared > 0) candidates.push({ d, l, shared });
    }
  }
  candidates.sort((x, y) => y.shared - x.shared || (x.d.id < y.d.id ? -1 : 1));
  const pairs = new Map<string, string>();
  const taken = new Set<string>();
  const byLabel = new Map(labelled.map((l) => [l.label.id, l]));
  for (const c of candidates) {
    if (pairs.has(c.d.id) || taken.has(c.l.label.id)) continue;
    pairs.set(c.d.id, c.l.label.id);
    taken.add(c.l.label.id);
  }
  const duplicates = new Map<string, string>();
  for (const c of candidates) {
    if (!pairs.has(c.d.id) && !duplicates.has(c.d.id)) duplicates.set(c.d.id, c.l.label.id);
  }
  const s: StoryScores = {
    detected: params.detected.length,
    pairs,
    duplicates,
    foundMajor: labelled.filter((l) => l.label.tier === 'major' && taken.has(l.label.id)).length,
    major: labelled.filter((l) => l.label.tier === 'major').length,
    foundAll: taken.size,
    all: labelled.length,
    oneStory: 0,
    day0Right: 0,
    tickersExact: 0,
    categoryRight: 0,
    tickerTruePositives: 0,
    tickersPredicted: 0,
    tickersExpected: 0,
  };
  for (const d of params.detected) {
    const l = byLabel.get(pairs.get(d.id) ?? '');
    if (!l) continue;
    const articles = new Set(l.label.articles);
    const expected = new Set(l.label.tickers ?? []);
    if (d.titles.every((t) => articles.has(t))) s.oneStory++;
    if (d.day0 === l.day0) s.day0Right++;
    if (d.tickers.length === expected.size && d.tickers.every((t) => expected.has(t))) {
      s.tickersExact++;
    }
    if (d.category === (l.label.category ?? 'leadership')) s.categoryRight++;
    s.tickerTruePositives += d.tickers.filter((t) => expected.has(t)).length;
    s.tickersPredicted += d.tickers.length;
    s.tickersExpected += expected.size;
  }
  return s;
}
