import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  incompleteBeta,
  lnGamma,
  normalCdf,
  normalTwoSidedP,
  studentTCdf,
  studentTTwoSidedP,
} from './distributions';
import { studentTReference } from './student-t-reference.testing';

describe('normal CDF', () => {
  it('matches published values to 1e-12', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 12);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316300946, 12);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 12);
    expect(normalTwoSidedP(2.5758293035489)).toBeCloseTo(0.01, 12);
  });

  it('keeps relative accuracy far in the tail', () => {
    // Phi(-8) = 6.220960574271785e-16 (R: pnorm(-8)).
    expect(normalCdf(-8) / 6.220960574271785e-16).toBeCloseTo(1, 9);
  });
});

describe('Student t CDF', () => {
  it('equals the closed forms for 1, 2 and 3 degrees of freedom', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (t) => {
        expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
        expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 12);
        const u = t / Math.sqrt(3);
        const df3 = 0.5 + (u / (1 + u * u) + Math.atan(u)) / Math.PI;
        expect(studentTCdf(t, 3)).toBeCloseTo(df3, 12);
      }),
    );
  });

  it('matches published quantiles', () => {
    expect(studentTCdf(2.228138851986274, 10)).toBeCloseTo(0.975, 10);
    expect(studentTTwoSidedP(2.228138851986274, 10)).toBeCloseTo(0.05, 10);
    expect(studentTTwoSidedP(12.7062047361747, 1)).toBeCloseTo(0.05, 10);
    // qt(0.975, 30) in R.
    expect(studentTTwoSidedP(2.042272456301238, 30)).toBeCloseTo(0.05, 10);
  });

  it('agrees with numerical integration of the density for estimation-sized df', () => {
    // Second method: Simpson's rule on (1 + x^2/df)^(-(df+1)/2), normalised numerically.
    for (const df of [38, 238, 2518]) {
      const kernel = (x: number) => (1 + (x * x) / df) ** (-(df + 1) / 2);
      const total = 2 * simpson(kernel, 0, 60, 120_000);
      for (const t of [0.3, 1.5, 2.4, 4.2]) {
        const cdf = 0.5 + simpson(kernel, 0, t, 20_000) / total;
        expect(studentTCdf(t, df)).toBeCloseTo(cdf, 10);
        expect(studentTCdf(-t, df)).toBeCloseTo(1 - cdf, 10);
      }
    }
  });
});

describe('Student t p-values in the tail', () => {
  it('agree with mpmath to a relative 1e-10 over df 2..1000 and |t| up to 40', () => {
    // Wherever p > 1e-300 (every row here: the smallest is about 1e-209 at df 1000, t 40).
    let worst = 0;
    for (const [df, t, want] of studentTReference) {
      expect(want).toBeGreaterThan(1e-300);
      for (const sign of [1, -1]) {
        const rel = Math.abs(studentTTwoSidedP(sign * t, df) - want) / want;
        worst = Math.max(worst, rel);
        expect(rel, `df ${df}, t ${sign * t}`).toBeLessThan(1e-10);
      }
      const lower = studentTCdf(-t, df);
      expect(Math.abs(lower - want / 2) / (want / 2), `cdf df ${df}, t -${t}`).toBeLessThan(1e-10);
    }
    expect(worst).toBeLessThan(1e-10);
  });

  it('is never 0 for a finite t: NVDA on 2023-05-25, t 10.2218 at df 238', () => {
    // t from a plain OLS of NVDA on QQQ over ../shared/data/prices, window [0, 0]; p by mpmath.
    const p = studentTTwoSidedP(10.221805500973215, 238);
    expect(p / 1.43623635636e-20).toBeCloseTo(1, 9);
  });
});

function simpson(f: (x: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i += 1) sum += f(a + i * h) * (i % 2 === 1 ? 4 : 2);
  return (sum * h) / 3;
}

describe('special functions', () => {
  it('lnGamma and incomplete beta agree with identities', () => {
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 12);
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.2, max: 30, noNaN: true }),
        (x, a) => {
          expect(incompleteBeta(x, a, 1)).toBeCloseTo(x ** a, 10);
          expect(incompleteBeta(x, 1, a)).toBeCloseTo(1 - (1 - x) ** a, 10);
        },
      ),
    );
  });
});

describe('incomplete beta with remembered ln Γ terms', () => {
  it('gives the same bits from its memory as computed afresh (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.constantFrom(0.5, 1.5, 49, 119),
        fc.constantFrom(0.5, 2.5, 49, 119),
        (x, a, b) => {
          incompleteBeta(0.5, a, b);
          const remembered = incompleteBeta(x, a, b);
          // Two other (a, b) pairs push this one out of the two-entry memory.
          incompleteBeta(0.5, a + 1, b);
          incompleteBeta(0.5, a + 2, b);
          expect(incompleteBeta(x, a, b)).toBe(remembered);
          expect(studentTTwoSidedP(x * 4, 2 * b)).toBe(studentTTwoSidedP(x * 4, 2 * b));
        },
      ),
    );
  });
});
