import { describe, expect, it } from 'vitest';
import { planAdjustments } from './price-adjustments';
import { InvalidResponseError } from './price-errors';

const p = (date: string, close: number, adjClose = close) => ({ date, close, adjClose });

describe('planAdjustments', () => {
  it('a 2:1 split after the last stored session halves prices and doubles volumes before it', () => {
    const plan = planAdjustments({
      ticker: 'X',
      splits: [{ date: '2026-01-05', numerator: 2, denominator: 1 }],
      dividends: [],
      stored: [p('2025-12-30', 200, 199), p('2025-12-31', 202, 201)],
      fresh: [p('2025-12-30', 100, 99.5), p('2025-12-31', 101, 100.5), p('2026-01-05', 99, 99)],
    });
    expect(plan).toEqual([
      {
        before: '2026-01-05',
        priceFactor: 0.5,
        shareFactor: 2,
        adjFactor: 0.5,
        reason: '2:1 split on 2026-01-05',
      },
    ]);
  });

  it('the same split refetched once the store holds the new basis changes nothing', () => {
    const plan = planAdjustments({
      ticker: 'X',
      splits: [{ date: '2026-01-05', numerator: 2, denominator: 1 }],
      dividends: [],
      stored: [p('2026-01-02', 100, 99.5), p('2026-01-05', 99), p('2026-01-06', 98)],
      fresh: [p('2026-01-02', 100, 99.5), p('2026-01-05', 99), p('2026-01-06', 98.5)],
    });
    expect(plan).toEqual([]);
  });

  it('a dividend scales adjusted closes by 1 - D / P(previous close), however small', () => {
    // NVDA's $0.01 on a $121.79 close moves the adjusted close by 0.008%.
    const plan = planAdjustments({
      ticker: 'NVDA',
      splits: [],
      dividends: [{ date: '2024-06-11', amount: 0.01 }],
      stored: [p('2024-06-07', 120.888), p('2024-06-10', 121.79)],
      fresh: [p('2024-06-10', 121.79, 121.78), p('2024-06-11', 120.91)],
    });
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ before: '2024-06-11', priceFactor: 1, shareFactor: 1 });
    expect(plan[0]!.adjFactor).toBeCloseTo(0.99991789, 8);
  });

  it('with no fresh bar before the event, stored bars after it mean it is already applied', () => {
    const input = {
      ticker: 'X',
      splits: [{ date: '2020-08-31', numerator: 4, denominator: 1 }],
      dividends: [],
      fresh: [p('2020-08-31', 129.04), p('2020-09-01', 134.18)],
    };
    expect(planAdjustments({ ...input, stored: [p('2020-08-28', 499.23)] })).toHaveLength(1);
    expect(
      planAdjustments({ ...input, stored: [p('2020-08-28', 124.81), p('2020-08-31', 129.04)] }),
    ).toEqual([]);
  });

  it('decides a split and a later dividend together when no stored session lies between them', () => {
    // AAPL 2020: 4:1 split on 31 Aug, $0.205 ex on 6 Nov after a close of 119.03 on 5 Nov; the
    // store ends on 28 Aug, on the old basis.
    const plan = planAdjustments({
      ticker: 'AAPL',
      splits: [{ date: '2020-08-31', numerator: 4, denominator: 1 }],
      dividends: [{ date: '2020-11-06', amount: 0.205 }],
      stored: [p('2020-08-27', 500.04, 497.53), p('2020-08-28', 499.23, 496.72)],
      fresh: [p('2020-08-31', 129.04), p('2020-11-05', 119.03), p('2020-11-06', 118.69)],
    });
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ before: '2020-08-31', priceFactor: 0.25, shareFactor: 4 });
    expect(plan[0]!.adjFactor).toBeCloseTo(0.25 * (1 - 0.205 / 119.03), 12);
    expect(plan[0]!.reason).toBe(
      '4:1 split on 2020-08-31; dividend of 0.205 going ex on 2020-11-06',
    );
  });

  it('compounds two events with stored sessions between them, applying only the pending one', () => {
    // The store has the March dividend already (its adjusted close of 10 March is 0.99 of the
    // close, as in the fresh bar) but not the June split: the fresh/stored ratio there is 1/3.
    const plan = planAdjustments({
      ticker: 'X',
      splits: [{ date: '2025-06-02', numerator: 3, denominator: 1 }],
      dividends: [{ date: '2025-03-11', amount: 1 }],
      stored: [p('2025-03-10', 300, 297), p('2025-03-11', 301, 301), p('2025-05-30', 330, 330)],
      fresh: [
        p('2025-03-10', 100, 99),
        p('2025-03-11', 100.3333, 100.3333),
        p('2025-05-30', 110, 110),
        p('2025-06-02', 111, 111),
      ],
    });
    expect(plan).toEqual([
      {
        before: '2025-06-02',
        priceFactor: 1 / 3,
        shareFactor: 3,
        adjFactor: 1 / 3,
        reason: '3:1 split on 2025-06-02',
      },
    ]);
  });

  it('nothing stored before the event: nothing to rescale', () => {
    expect(
      planAdjustments({
        ticker: 'X',
        splits: [{ date: '2024-06-10', numerator: 10, denominator: 1 }],
        dividends: [],
        stored: [],
        fresh: [p('2024-06-10', 121.79)],
      }),
    ).toEqual([]);
  });

  it('a dividend as large as the price is InvalidResponseError', () => {
    expect(() =>
      planAdjustments({
        ticker: 'X',
        splits: [],
        dividends: [{ date: '2025-01-03', amount: 50 }],
        stored: [p('2025-01-02', 40)],
        fresh: [p('2025-01-02', 40), p('2025-01-03', 41)],
      }),
    ).toThrow(InvalidResponseError);
  });
});
