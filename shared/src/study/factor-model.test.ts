import { describe, expect, it } from 'vitest';
import { factorArVariance, factorCarVariance, fitFactorModel, leverage } from './factor-model';

describe('fitFactorModel', () => {
  it('with one factor is the market model of design.md (its unit-test vector)', () => {
    const rm = [0.01, -0.02, 0.03, 0, -0.01];
    const ri = [0.018, -0.027, 0.046, 0.001, -0.012];
    const fit = fitFactorModel({ y: ri, columns: [rm], from: 0, to: 5 });
    if (fit === null) throw new Error('no fit');
    expect(fit.loadings[0]).toBeCloseTo(1.464865, 6);
    expect(fit.alpha).toBeCloseTo(0.00227027, 8);
    expect(fit.s2).toBeCloseTo(9.90991e-7, 11);
    // Event day Ri = .05, Rm = .02: AR = .018432, Var(AR) = 1.406136e-6, t = 15.54.
    const ar = 0.05 - fit.alpha - (fit.loadings[0] ?? 0) * 0.02;
    expect(ar).toBeCloseTo(0.018432, 6);
    expect(factorArVariance(fit, [0.02])).toBeCloseTo(1.406136e-6, 11);
    expect(ar / Math.sqrt(factorArVariance(fit, [0.02]))).toBeCloseTo(15.54, 2);
  });

  // Worked by hand with exact fractions through the uncentred (X'X)^-1, x_t = (1, F1, F2):
  // y = 3 1 4 1 5 9, F1 = 1 0 2 -1 1 3, F2 = 0 1 1 0 2 1.
  // X'X = [[6, 6, 5], [6, 16, 7], [5, 7, 7]]; (a, b1, b2) = (243, 265, 62)/146;
  // Σe² = 1211/146, s² = Σe²/(6 - 2 - 1) = 1211/438, R² = 16004/19637.
  // x_t = (1, 2, -1): x_t'(X'X)^-1 x_t = 287/146, Var(AR_t) = s²(1 + 287/146) = 524363/63948.
  // Window rows (1, 2, -1) and (1, 0, 3): X*'i = (2, 2, 2), Var(CAR) = 39963/5329.
  const y = [3, 1, 4, 1, 5, 9];
  const f1 = [1, 0, 2, -1, 1, 3];
  const f2 = [0, 1, 1, 0, 2, 1];

  it('matches a hand-worked two-factor fit, Var(AR) and Var(CAR)', () => {
    const fit = fitFactorModel({ y, columns: [f1, f2], from: 0, to: 6 });
    if (fit === null) throw new Error('no fit');
    expect(fit.alpha).toBeCloseTo(243 / 146, 12);
    expect(fit.loadings[0]).toBeCloseTo(265 / 146, 12);
    expect(fit.loadings[1]).toBeCloseTo(62 / 146, 12);
    expect(fit.n).toBe(6);
    expect(fit.df).toBe(3);
    expect(fit.s2).toBeCloseTo(1211 / 438, 12);
    expect(fit.r2).toBeCloseTo(16004 / 19637, 12);
    expect(leverage(fit, [2, -1])).toBeCloseTo(287 / 146, 12);
    expect(factorArVariance(fit, [2, -1])).toBeCloseTo(524363 / 63948, 11);
    expect(
      factorCarVariance(fit, [
        [2, -1],
        [0, 3],
      ]),
    ).toBeCloseTo(39963 / 5329, 11);
  });

  it('skips rows with a missing value and refuses a factor that does not vary', () => {
    const gap = fitFactorModel({
      y: [...y, 100],
      columns: [
        [...f1, Number.NaN],
        [...f2, 1],
      ],
      from: 0,
      to: 7,
    });
    expect(gap?.n).toBe(6);
    expect(gap?.alpha).toBeCloseTo(243 / 146, 12);
    expect(fitFactorModel({ y, columns: [f1, [1, 1, 1, 1, 1, 1]], from: 0, to: 6 })).toBeNull();
  });
});
