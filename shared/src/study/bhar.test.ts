import { describe, expect, it } from 'vitest';
import { buyAndHoldAbnormal, skewnessAdjustedT } from './bhar';

describe('buyAndHoldAbnormal', () => {
  it('compounds both legs: 1.10 x 0.95 - 1.02 x 1.01 = 0.0148', () => {
    expect(buyAndHoldAbnormal([0.1, -0.05], [0.02, 0.01])).toBeCloseTo(0.0148, 15);
  });

  it('skips days without both returns and is null when none has them', () => {
    expect(buyAndHoldAbnormal([0.1, Number.NaN, -0.05], [0.02, 0.5, 0.01])).toBeCloseTo(0.0148, 15);
    expect(buyAndHoldAbnormal([Number.NaN], [0.01])).toBeNull();
  });
});

describe('skewnessAdjustedT (Lyon, Barber and Tsai 1999)', () => {
  // By hand: x = .1 -.05 .3 0 .2; mean .11, Σd² = 41/500, Σd³ = 27/12500, sd = sqrt(.0205),
  // S = .11/sd = 0.768273, γ = (27/12500)/(5 sd³) = 0.147181,
  // t_sa = sqrt(5)(S + γS²/3 + γ/30) = 1.793633; the conventional t sqrt(5) S = 1.717911.
  it('matches a hand-worked sample', () => {
    const t = skewnessAdjustedT([0.1, -0.05, 0.3, 0, 0.2]);
    expect(t?.skewness).toBeCloseTo(0.1471814, 6);
    expect(t?.statistic).toBeCloseTo(1.7936329, 6);
    expect(t?.conventional).toBeCloseTo(1.7179114, 6);
  });

  it('is null below three values or with no spread', () => {
    expect(skewnessAdjustedT([0.1, 0.2])).toBeNull();
    expect(skewnessAdjustedT([0.1, 0.1, 0.1])).toBeNull();
  });
});
