import { describe, expect, it } from 'vitest';
import { bhQValues } from './bh-q';

describe('Benjamini-Hochberg q-values', () => {
  it('match a hand-worked example', () => {
    // Sorted: 0.005, 0.01, 0.03, 0.04, 0.2 (m = 5). m p / rank: 0.025, 0.025, 0.05, 0.05, 0.2;
    // the running minimum from the top changes none of them. Back in input order:
    const q = bhQValues([0.01, 0.04, 0.03, 0.005, 0.2]);
    const hand = [0.025, 0.05, 0.05, 0.025, 0.2];
    for (const [i, h] of hand.entries()) expect(q[i]).toBeCloseTo(h, 12);
  });

  it('carries a smaller later value down (the step-up) and caps at 1', () => {
    // Sorted 0.02, 0.03, 0.9 (m = 3): 0.06, 0.045, 0.9 -> q_(1) = min(0.06, 0.045) = 0.045.
    // A null is not a test: it stays null and m is 3, not 4.
    const q = bhQValues([0.9, null, 0.02, 0.03]);
    expect(q[0]).toBeCloseTo(0.9, 12);
    expect(q[1]).toBeNull();
    expect(q[2]).toBeCloseTo(0.045, 12);
    expect(q[3]).toBeCloseTo(0.045, 12);
    expect(bhQValues([0.6, 0.7])).toEqual([0.7, 0.7]);
  });
});
