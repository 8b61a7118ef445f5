import { describe, expect, it } from 'vitest';
import {
  alignSeries,
  monthTicks,
  sessionAxis,
  valueDomain,
  viewLines,
  windowChange,
  yTicks,
} from './chart-series';

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
const dates = sessionAxis(series);
const aligned = alignSeries(series, dates);

describe('viewLines', () => {
  it('lays every ticker on the shared axis and rebases at the first session in the window', () => {
    expect(dates).toEqual(['2025-01-23', '2025-01-24', '2025-01-27', '2025-01-28']);
    const [nvda, aapl] = viewLines(aligned, { start: 1, end: 3 }, 'rebased');
    expect(nvda?.values[0]).toBe(100);
    // 118.42 / 142.62 = 0.830318...: the -16.97% of the DeepSeek sell-off.
    expect(nvda?.values[1]).toBeCloseTo(83.0318, 3);
    expect(Number.isNaN(nvda?.values[2])).toBe(true);
    expect(Number.isNaN(aapl?.values[0])).toBe(true);
    expect(aapl?.values[1]).toBe(100);
    expect(windowChange(nvda?.values ?? new Float64Array())).toBeCloseTo(118.42 / 142.62 - 1, 12);
  });

  it('keeps quoted closes in raw mode', () => {
    const [nvda, aapl] = viewLines(aligned, { start: 0, end: 3 }, 'raw');
    expect(nvda?.values[0]).toBe(147.22);
    expect(aapl?.values[3]).toBe(238.26);
  });
});

describe('monthTicks', () => {
  it('puts a tick on the first session of each month after the first', () => {
    const days = ['2025-01-30', '2025-01-31', '2025-02-03', '2025-02-04', '2025-03-03'];
    expect(monthTicks(days, { start: 0, end: 4 }, 10)).toEqual([2, 4]);
    expect(monthTicks(days, { start: 2, end: 3 }, 10)).toEqual([2]);
  });
});

describe('valueDomain', () => {
  const lines = [
    { ticker: 'A', values: new Float64Array([100, 150]) },
    { ticker: 'B', values: new Float64Array([50, Number.NaN]) },
  ];
  it('spans the shown values with 4% of the range as headroom', () => {
    // range 50..150, pad 4 -> 46..154
    expect(valueDomain(lines, 'linear')).toEqual([46, 154]);
    expect(valueDomain(lines.slice(0, 1), 'linear')).toEqual([98, 152]);
  });
  it('pads by a factor on a log axis', () => {
    const [lo, hi] = valueDomain(lines, 'log');
    expect(lo).toBeCloseTo(50 / 1.04, 10);
    expect(hi).toBeCloseTo(156, 10);
  });
});

describe('yTicks', () => {
  it('steps a linear axis by round sizes and widens it to whole steps', () => {
    // 46..1175 over ~5 steps: raw step 225.8 -> 250; domain 0..1250.
    expect(yTicks([46, 1175], 'linear')).toEqual({
      domain: [0, 1250],
      ticks: [0, 250, 500, 750, 1000, 1250],
    });
    expect(yTicks([96.2, 103.9], 'linear').ticks).toEqual([96, 98, 100, 102, 104]);
  });

  it('puts 1-2-5 ticks on a log axis inside the range', () => {
    expect(yTicks([45, 1200], 'log').ticks).toEqual([50, 100, 200, 500, 1000]);
    expect(yTicks([3, 2000], 'log').ticks).toEqual([10, 100, 1000]);
  });
});
