import { describe, expect, it } from 'vitest';
import { dedupeAcrossFeeds, dedupeWithinFeed } from './dedupe';
import type { NormalisedArticle } from './normalise';
import { jaccard, similarTitlePairs, titleTokens } from './title-similarity';

function article(overrides: Partial<NormalisedArticle> & { id: string }): NormalisedArticle {
  return {
    feedKey: 'wire',
    guid: null,
    link: null,
    title: 'Untitled',
    titleDerived: false,
    publishedAt: '2025-01-27T12:00:00Z',
    dateEstimated: false,
    firstSeenAt: '2025-01-27T13:00:00Z',
    source: 'Wire',
    publisher: null,
    categories: [],
    snippet: '',
    ...overrides,
  };
}

const id = (n: number) => n.toString(16).padStart(32, '0');

describe('titleTokens and jaccard', () => {
  it('ignore case, accents, apostrophes and punctuation', () => {
    expect(titleTokens('DeepSeek’s R1: “Ações” sobem!')).toEqual([
      'deepseeks',
      'r1',
      'acoes',
      'sobem',
    ]);
  });

  it('computes |A ∩ B| / |A ∪ B|', () => {
    // 9 shared of 11 distinct tokens.
    const a = new Set('a b c d e f g h i j'.split(' '));
    const b = new Set('a b c d e f g h i k'.split(' '));
    expect(jaccard(a, b)).toBeCloseTo(9 / 11, 12);
  });

  it('finds the same pairs as comparing every pair', () => {
    const titles = [
      'Nvidia shares fall as DeepSeek model rattles the market today',
      'Nvidia shares fall as DeepSeek model rattles the market today again',
      'Nvidia shares fall as DeepSeek model rattles market',
      'Microsoft reports quarterly results',
      'Microsoft reports quarterly results',
      '',
    ];
    const sets = titles.map((t) => new Set(titleTokens(t)));
    const brute: string[] = [];
    sets.forEach((a, i) => {
      sets.forEach((b, j) => {
        if (j < i && jaccard(a, b) >= 0.9) brute.push(`${j}-${i}`);
      });
    });
    const fast = similarTitlePairs(sets, 0.9).map(([a, b]) => `${a}-${b}`);
    expect(fast.sort()).toEqual(brute.sort());
    expect(brute.sort()).toEqual(['0-1', '3-4']);
  });
});

describe('dedupeWithinFeed', () => {
  it('keeps one article per id and per link, the earliest', () => {
    const kept = dedupeWithinFeed([
      article({ id: id(1), link: 'https://e.com/a', publishedAt: '2025-01-27T12:00:00Z' }),
      article({ id: id(2), link: 'https://e.com/a', publishedAt: '2025-01-27T10:00:00Z' }),
      article({ id: id(1), link: 'https://e.com/a', publishedAt: '2025-01-27T11:00:00Z' }),
      article({ id: id(3), link: 'https://e.com/b' }),
    ]);
    expect(kept.map((a) => [a.id, a.publishedAt])).toEqual([
      [id(2), '2025-01-27T10:00:00Z'],
      [id(3), '2025-01-27T12:00:00Z'],
    ]);
  });

  it('prefers a real date to an estimated earlier one', () => {
    const kept = dedupeWithinFeed([
      article({ id: id(1), publishedAt: '2025-01-27T08:00:00Z', dateEstimated: true }),
      article({ id: id(1), publishedAt: '2025-01-27T09:00:00Z' }),
    ]);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.dateEstimated).toBe(false);
  });
});

describe('dedupeAcrossFeeds', () => {
  it('merges the same canonical link from two feeds, dated by the earliest', () => {
    const stories = dedupeAcrossFeeds([
      article({
        id: id(1),
        feedKey: 'b',
        source: 'B',
        link: 'https://e.com/x',
        publishedAt: '2025-01-27T15:00:00Z',
      }),
      article({
        id: id(2),
        feedKey: 'a',
        source: 'A',
        link: 'https://e.com/x',
        publishedAt: '2025-01-27T14:00:00Z',
      }),
    ]);
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({
      id: id(2),
      publishedAt: '2025-01-27T14:00:00Z',
      sources: ['A', 'B'],
    });
    expect(stories[0]?.members.map((m) => m.articleId)).toEqual([id(2), id(1)]);
  });

  it('merges near-identical titles within the window, not outside it', () => {
    const title = 'Nvidia shares fall as DeepSeek model rattles the market today';
    const stories = dedupeAcrossFeeds([
      article({ id: id(1), source: 'A', title, publishedAt: '2025-01-27T14:00:00Z' }),
      article({
        id: id(2),
        source: 'B',
        title: `${title} again`,
        publishedAt: '2025-01-27T16:00:00Z',
      }),
      article({ id: id(3), source: 'C', title, publishedAt: '2025-03-01T16:00:00Z' }),
    ]);
    expect(stories.map((s) => s.members.map((m) => m.articleId))).toEqual([
      [id(1), id(2)],
      [id(3)],
    ]);
  });

  it('keeps different stories apart', () => {
    const stories = dedupeAcrossFeeds([
      article({ id: id(1), title: 'Microsoft reports quarterly results' }),
      article({ id: id(2), title: 'Meta reports quarterly results' }),
    ]);
    expect(stories).toHaveLength(2);
  });

  it('collapses one article seen in many snapshots into one member', () => {
    const stories = dedupeAcrossFeeds([
      article({ id: id(1), firstSeenAt: '2025-01-27T13:00:00Z' }),
      article({ id: id(1), firstSeenAt: '2025-01-27T19:00:00Z' }),
    ]);
    expect(stories).toHaveLength(1);
    expect(stories[0]?.members).toHaveLength(1);
  });

  it('is estimated only when every member is', () => {
    const stories = dedupeAcrossFeeds([
      article({
        id: id(1),
        link: 'https://e.com/x',
        publishedAt: '2025-01-27T09:00:00Z',
        dateEstimated: true,
      }),
      article({ id: id(2), link: 'https://e.com/x', publishedAt: '2025-01-27T11:00:00Z' }),
    ]);
    expect(stories[0]).toMatchObject({ publishedAt: '2025-01-27T11:00:00Z', dateEstimated: false });
  });
});
