import type { TickerResult } from '@aftershock/shared';
import { describe, expect, it } from 'vitest';
import { carVariancePath, windowRows } from './window-series';

const day = (offset: number, car: number) => ({
  offset,
  date: `2025-01-${String(27 + offset).padStart(2, '0')}`,
  close: 100,
  rebased: 100 + offset,
  return: 0,
  benchmarkReturn: 0,
  abnormalReturn: 0,
  car,
  arTStat: 0,
  marketValueChange: 0,
});

const result = (over: Partial<TickerResult>): TickerResult => ({
  ticker: 'NVDA',
  status: 'ok',
  reason: null,
  benchmark: 'QQQ',
  days: [day(-1, 0.01), day(0, -0.1), day(1, -0.08)],
  car: -0.08,
  carVariance: 0.0016,
  carTStat: -2,
  carPValue: 0.05,
  df: 238,
  alpha: 0,
  beta: 1,
  r2: 0.5,
  residualSd: 0.02,
  estimationDays: 240,
  estimationFrom: null,
  estimationTo: null,
  marketValueChange: null,
  sharesOutstanding: null,
  confoundedBy: [],
  notes: [],
  ...over,
});

describe('carVariancePath', () => {
  it('grows as s^2 (k + k^2/L1) and ends at the reported Var(CAR)', () => {
    const path = carVariancePath(result({}), 3);
    // shape(k) = 0.0004 (k + k^2/240): k=1 -> 0.00040167, k=3 -> 0.001215; scale = 0.0016/0.001215
    expect(path[2]).toBeCloseTo(0.0016, 12);
    expect(path[0]).toBeCloseTo((0.0004 * (1 + 1 / 240) * 0.0016) / (0.0004 * (3 + 9 / 240)), 12);
  });

  it('derives Var(CAR) from CAR and t when the variance is missing', () => {
    const path = carVariancePath(result({ carVariance: null, residualSd: null }), 2);
    // (CAR / t)^2 = (0.08 / 2)^2 = 0.0016, spread linearly over the window.
    expect(path).toEqual([0.0008, 0.0016]);
  });
});

describe('windowRows', () => {
  it('puts the 95% band around the focus ticker’s CAR', () => {
    const rows = windowRows({ results: [result({})], view: 'car', focus: 'NVDA' });
    expect(rows.map((r) => r.offset)).toEqual([-1, 0, 1]);
    const last = rows[2]?.band;
    // 1.96 * sqrt(0.0016) = 0.0784 around -0.08.
    expect(last?.[0]).toBeCloseTo(-0.1584, 10);
    expect(last?.[1]).toBeCloseTo(-0.0016, 10);
    expect(rows[1]?.NVDA).toBe(-0.1);
  });

  it('runs the band of a live study over the traded sessions and leaves the pending ones blank', () => {
    const pending = {
      ...day(2, 0),
      close: null,
      rebased: null,
      return: null,
      benchmarkReturn: null,
      abnormalReturn: null,
      car: null,
      arTStat: null,
      marketValueChange: null,
      pending: true as const,
    };
    const live = result({ days: [day(-1, 0.01), day(0, -0.1), day(1, -0.08), pending] });
    const rows = windowRows({ results: [live], view: 'car', focus: 'NVDA' });
    expect(rows.map((r) => r.offset)).toEqual([-1, 0, 1, 2]);
    // The server's Var(CAR) of 0.0016 is the variance to date, at +1: the same band as above.
    expect(rows[2]?.band?.[0]).toBeCloseTo(-0.1584, 10);
    expect(rows[3]?.band).toBeUndefined();
    expect(rows[3]?.NVDA).toBeUndefined();
  });
});
