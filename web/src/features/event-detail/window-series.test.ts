import type { TickerResult } from '@aftershock/shared';
import { describe, expect, it } from 'vitest';
import { windowRows } from './window-series';

const day = (offset: number, car: number, carVariance: number) => ({
  offset,
  date: `2025-01-${String(27 + offset).padStart(2, '0')}`,
  close: 100,
  rebased: 100 + offset,
  return: 0,
  benchmarkReturn: 0,
  abnormalReturn: 0,
  car,
  carVariance,
  arTStat: 0,
  marketValueChange: 0,
});

const result = (over: Partial<TickerResult>): TickerResult => ({
  ticker: 'NVDA',
  status: 'ok',
  reason: null,
  benchmark: 'QQQ',
  days: [day(-1, 0.01, 0.0004), day(0, -0.1, 0.0009), day(1, -0.08, 0.0016)],
  car: -0.08,
  carVariance: 0.0016,
  carTStat: -2,
  carPValue: 0.05,
  df: 238,
  alpha: 0,
  beta: 1,
  r2: 0.5,
  loadings: null,
  bhar: null,
  residualSd: 0.02,
  estimationDays: 240,
  estimationFrom: null,
  estimationTo: null,
  marketValueChange: null,
  sharesOutstanding: null,
  windowCars: [],
  day0Split: null,
  abnormalValueUsd: null,
  confoundedBy: [],
  notes: [],
  ...over,
});

describe('windowRows', () => {
  it('draws the 95% band from the Var(CAR) the engine sends for each day', () => {
    const rows = windowRows({ results: [result({})], view: 'car', focus: 'NVDA' });
    expect(rows.map((r) => r.offset)).toEqual([-1, 0, 1]);
    // 1.96 * sqrt(0.0016) = 0.0784 around -0.08; 1.96 * sqrt(0.0009) = 0.0588 around -0.1.
    expect(rows[2]?.band?.[0]).toBeCloseTo(-0.1584, 10);
    expect(rows[2]?.band?.[1]).toBeCloseTo(-0.0016, 10);
    expect(rows[1]?.band?.[0]).toBeCloseTo(-0.1588, 10);
    expect(rows[1]?.NVDA).toBe(-0.1);
  });

  it('leaves the pending sessions of a live study blank, band included', () => {
    const pending = {
      ...day(2, 0, 0),
      close: null,
      rebased: null,
      return: null,
      benchmarkReturn: null,
      abnormalReturn: null,
      car: null,
      carVariance: null,
      arTStat: null,
      marketValueChange: null,
      pending: true as const,
    };
    const live = result({ days: [...result({}).days, pending] });
    const rows = windowRows({ results: [live], view: 'car', focus: 'NVDA' });
    expect(rows.map((r) => r.offset)).toEqual([-1, 0, 1, 2]);
    expect(rows[2]?.band?.[0]).toBeCloseTo(-0.1584, 10);
    expect(rows[3]?.band).toBeUndefined();
    expect(rows[3]?.NVDA).toBeUndefined();
  });

  it('draws no band outside the CAR view', () => {
    const rows = windowRows({ results: [result({})], view: 'ar', focus: 'NVDA' });
    expect(rows.every((r) => r.band === undefined)).toBe(true);
  });
});
