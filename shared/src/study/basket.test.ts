import { describe, expect, it } from 'vitest';
import { equalWeightBasket, leaveOneOutBasket } from './basket';
import { prepareSeries } from './series';
import { StudyError } from './study-error';
import { studyTicker } from './ticker-study';

const days = ['2025-01-06', '2025-01-07', '2025-01-08', '2025-01-10', '2025-01-13'];
const a = prepareSeries(
  days.map((date, i) => ({ date, adjClose: [100, 110, 99, 99, 108.9][i] ?? 0 })),
);
const b = prepareSeries(days.map((date, i) => ({ date, adjClose: [50, 50, 55, 44, 44][i] ?? 0 })));
// c lists on 2025-01-08.
const c = prepareSeries(
  days.slice(2).map((date, i) => ({ date, adjClose: [20, 21, 23.1][i] ?? 0 })),
);

describe('equal-weighted basket', () => {
  it('averages the members returns each session', () => {
    // a: +10%, -10%, 0, +10%; b: 0, +10%, -20%, 0.
    const basket = equalWeightBasket([a, b]);
    expect(basket.dates).toEqual(days);
    const expected = [0.05, 0, -0.1, 0.05];
    for (const [k, r] of expected.entries()) expect(basket.returns[k + 1]).toBeCloseTo(r, 12);
    expect(basket.closes[4]).toBeCloseTo(100 * 1.05 * 1 * 0.9 * 1.05, 10);
  });

  it('lets a late listing join on its second bar', () => {
    const basket = equalWeightBasket([a, b, c]);
    // 2025-01-08: c has no return yet; 2025-01-10: c +5%; 2025-01-13: c +10%.
    expect(basket.returns[2]).toBeCloseTo(0, 12);
    expect(basket.returns[3]).toBeCloseTo((0 - 0.2 + 0.05) / 3, 12);
    expect(basket.returns[4]).toBeCloseTo((0.1 + 0 + 0.1) / 3, 12);
  });

  it('leaves the measured ticker out', () => {
    const loo = leaveOneOutBasket(
      [
        { ticker: 'A', series: a },
        { ticker: 'B', series: b },
        { ticker: 'C', series: c },
      ],
      'B',
    );
    expect(Array.from(loo.returns.slice(3))).toEqual(
      Array.from(equalWeightBasket([a, c]).returns.slice(3)),
    );
    expect(() => leaveOneOutBasket([{ ticker: 'A', series: a }], 'A')).toThrow(StudyError);
    expect(() => equalWeightBasket([])).toThrow(StudyError);
  });

  it('serves as a benchmark like any series', () => {
    const s = studyTicker({
      stock: a,
      benchmark: equalWeightBasket([a, b]),
      day0: '2025-01-13',
      pre: 0,
      post: 0,
      estimation: [-3, -1],
      model: 'market-adjusted',
      minEstimationDays: 2,
    });
    if (s.status !== 'ok') throw new Error(s.reason);
    expect(s.days[0]?.abnormalReturn).toBeCloseTo(0.1 - 0.05, 12);
  });
});
