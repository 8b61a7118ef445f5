import { describe, expect, it } from 'vitest';
import { welchT } from './welch-t';

describe('Welch t of the difference between two sets', () => {
  it('matches a hand-worked example', () => {
    // a: mean -0.08, s² = (0.02² + 0.02² + 0)/2 = 0.0004; b: mean 0.02, s² = (0.01² + 0.01²)/1
    // = 0.0002. se² = 0.0004/3 + 0.0002/2 = 0.00023333; t = -0.10 / 0.0152753 = -6.546537;
    // df = se⁴ / ((0.0004/3)²/2 + (0.0001)²/1) = 5.44444e-8 / 1.888889e-8 = 2.882353.
    // p = 0.0081876 (scipy.stats.ttest_ind(a, b, equal_var=False) gives the same).
    const r = welchT([-0.1, -0.06, -0.08], [0.01, 0.03]);
    expect(r.difference).toBeCloseTo(-0.1, 12);
    expect(r.t).toBeCloseTo(-6.546537, 5);
    expect(r.df).toBeCloseTo(2.882353, 5);
    expect(r.pValue).toBeCloseTo(0.0081876, 6);
  });

  it('gives only the difference when a side has one value or none spread', () => {
    expect(welchT([0.1], [0.2, 0.3])).toMatchObject({ t: null, df: null, pValue: null });
    expect(welchT([0.1, 0.1], [0.2, 0.2]).t).toBeNull();
  });
});
