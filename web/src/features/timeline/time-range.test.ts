import { describe, expect, it } from 'vitest';
import { indexAtOrAfter, panRange, presetFrom, rangeFromDates, zoomRange } from './time-range';

const dates = ['2025-01-21', '2025-01-22', '2025-01-23', '2025-01-24', '2025-01-27', '2025-01-28'];

describe('time range', () => {
  it('maps dates to session indexes, a weekend bound to the sessions inside it', () => {
    expect(indexAtOrAfter(dates, '2025-01-25')).toBe(4);
    expect(rangeFromDates(dates, '2025-01-22', '2025-01-26')).toEqual({ start: 1, end: 3 });
    expect(rangeFromDates(dates, undefined, '2025-01-27')).toEqual({ start: 0, end: 4 });
    expect(rangeFromDates(dates, undefined, undefined)).toEqual({ start: 0, end: 5 });
  });

  it('pans without leaving the axis and zooms around the centre', () => {
    expect(panRange({ start: 1, end: 3 }, 10, 6)).toEqual({ start: 3, end: 5 });
    expect(panRange({ start: 1, end: 3 }, -10, 6)).toEqual({ start: 0, end: 2 });
    expect(zoomRange({ start: 0, end: 100 }, 0.5, 200)).toEqual({ start: 25, end: 75 });
    expect(zoomRange({ start: 0, end: 100 }, 4, 200)).toEqual({ start: 0, end: 199 });
  });

  it('counts presets back from the last session', () => {
    expect(presetFrom(dates, '1M')).toBe('2024-12-28');
    expect(presetFrom(dates, 'YTD')).toBe('2025-01-01');
    expect(presetFrom(dates, 'All')).toBeUndefined();
  });
});
