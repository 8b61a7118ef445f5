import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centredRanks } from './ranks';

/** Second method: sort a copy, give each value the mean of the positions it occupies. */
function byFullSort(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const m = values.length;
  return values.map((v) => {
    const first = sorted.indexOf(v);
    const last = sorted.lastIndexOf(v);
    return (first + 1 + last + 1) / 2 / (m + 1) - 0.5;
  });
}

function ranked(values: readonly number[], hint?: { mean: number; sd: number }): number[] {
  const out = new Float64Array(values.length);
  centredRanks(Float64Array.from(values), values.length, out, hint);
  return Array.from(out);
}

describe('centredRanks against a full sort (property)', () => {
  const shapes = fc.oneof(
    fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 600 }),
    // Heavy ties: a handful of distinct values.
    fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 600 }),
    // Tight clusters far apart, so most values share a few buckets.
    fc
      .array(
        fc.tuple(fc.integer({ min: 0, max: 2 }), fc.double({ min: 0, max: 1e-9, noNaN: true })),
        { minLength: 1, maxLength: 400 },
      )
      .map((xs) => xs.map(([c, e]) => c * 1000 + e)),
  );

  it('gives the exact average ranks, with or without a hint, however the values lie', () => {
    fc.assert(
      fc.property(shapes, fc.boolean(), (values, hinted) => {
        const hint = hinted ? { mean: 0.1, sd: 0.3 } : undefined;
        expect(ranked(values, hint)).toEqual(byFullSort(values));
      }),
      { numRuns: 300 },
    );
  });

  it('handles series longer than its scratch space and all-equal values', () => {
    const long = Array.from({ length: 5000 }, (_, k) => Math.sin(k * 12.9898) * 43758.5453);
    expect(ranked(long)).toEqual(byFullSort(long));
    expect(ranked([0.5, 0.5, 0.5, 0.5])).toEqual([0, 0, 0, 0]);
    expect(ranked([2])).toEqual([0]);
  });
});
