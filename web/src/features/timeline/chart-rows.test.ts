import { describe, expect, it } from 'vitest';
import { chartRows, monthTicks, sessionAxis } from './chart-rows';

const bar = (date: string, close: number, adjClose = close) => ({
  date,
  open: close,
  high: close,
  low: close,
  close,
  adjClose,
  volume: 0,
});

const series = [
  {
    ticker: 'NVDA',
    bars: [bar('2025-01-23', 147.22), bar('2025-01-24', 142.62), bar('2025-01-27', 118.42)],
  },
  { ticker: 'AAPL', bars: [bar('2025-01-27', 229.86), bar('2025-01-28', 238.26)] },
];

describe('chartRows', () => {
  it('rebases each line to 100 at its first session inside the range', () => {
    const dates = sessionAxis(series);
    expect(dates).toEqual(['2025-01-23', '2025-01-24', '2025-01-27', '2025-01-28']);
    const rows = chartRows({ series, dates, start: 1, end: 3, mode: 'rebased' });
    expect(rows.map((r) => r.i)).toEqual([1, 2, 3]);
    expect(rows[0]?.NVDA).toBe(100);
    // 118.42 / 142.62 = 0.830318...: the -16.97% of the DeepSeek sell-off.
    expect(rows[1]?.NVDA).toBeCloseTo(83.0318, 3);
    expect(rows[1]?.AAPL).toBe(100);
    expect(rows[2]?.NVDA).toBeUndefined();
  });

  it('keeps quoted closes in raw mode', () => {
    const rows = chartRows({ series, dates: sessionAxis(series), start: 0, end: 3, mode: 'raw' });
    expect(rows[0]?.NVDA).toBe(147.22);
    expect(rows[3]?.AAPL).toBe(238.26);
  });
});

describe('monthTicks', () => {
  it('puts a tick on the first session of each month after the first', () => {
    const rows = ['2025-01-30', '2025-01-31', '2025-02-03', '2025-02-04', '2025-03-03'].map(
      (date, i) => ({ i, date }),
    );
    expect(monthTicks(rows, 10)).toEqual([2, 4]);
  });
});
