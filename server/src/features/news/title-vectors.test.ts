import { describe, expect, it } from 'vitest';
import { contentTokens, cosine, TitleSpace } from './title-vectors';

describe('title vectors', () => {
  it('keeps the words that carry meaning', () => {
    expect(contentTokens('OpenAI’s o3 is here, and it’s the best yet')).toEqual([
      'openais',
      'o3',
      'best',
      'yet',
    ]);
  });

  it('weighs words by ln(1 + N / df)', () => {
    const space = new TitleSpace(['wiz deal', 'google deal', 'google chip', 'google model']);
    // "google" is in 3 of 4 titles, "wiz" in 1.
    expect(space.idf('google')).toBeCloseTo(Math.log(1 + 4 / 3), 12);
    expect(space.idf('wiz')).toBeCloseTo(Math.log(5), 12);
  });

  it('cosine is 1 for the same words, 0 for none shared, and in between by hand', () => {
    const space = new TitleSpace(['alpha beta', 'alpha gamma', 'delta epsilon', 'zeta eta']);
    const a = space.vector('alpha beta');
    expect(cosine(a, space.vector('beta alpha'))).toBeCloseTo(1, 12);
    expect(cosine(a, space.vector('delta epsilon'))).toBe(0);
    // idf(alpha) = ln 3, idf(beta) = idf(gamma) = ln 5: cos = ln3^2 / (ln3^2 + ln5^2).
    const expected = Math.log(3) ** 2 / (Math.log(3) ** 2 + Math.log(5) ** 2);
    expect(cosine(a, space.vector('alpha gamma'))).toBeCloseTo(expected, 12);
  });

  it('finds the rare words of a title: in at most share x N titles, and in more than one', () => {
    const titles = [
      'google revives talks wiz',
      'google buys wiz',
      'google chip',
      'google model',
      'chip model',
      'apple chip',
      'apple model',
      'nvidia chip',
      'nvidia model',
      'amd chip',
    ];
    const space = new TitleSpace(titles);
    // share 0.2 of 10 titles: at most 2. "wiz" is in 2, "revives" in 1, "google" in 4.
    expect(space.rareWords('google revives talks wiz', 0.2)).toEqual(['wiz']);
    // Never fewer than 2: a small corpus still has rare words.
    expect(space.rareWords('google buys wiz', 0.01)).toEqual(['wiz']);
  });
});
