import { describe, expect, it } from 'vitest';
import { newYorkInstant, splitInstant } from './new-york-time';

describe('newYorkInstant', () => {
  it('gives the New York offset of the day: EST in January, EDT in July', () => {
    expect(newYorkInstant('2025-01-26', '19:05')).toBe('2025-01-26T19:05:00-05:00');
    expect(newYorkInstant('2025-07-15', '09:30')).toBe('2025-07-15T09:30:00-04:00');
  });

  it('reads the offset after the change on the day clocks go forward (2025-03-09 02:00)', () => {
    expect(newYorkInstant('2025-03-09', '01:30')).toBe('2025-03-09T01:30:00-05:00');
    expect(newYorkInstant('2025-03-09', '12:00')).toBe('2025-03-09T12:00:00-04:00');
  });

  it('keeps a bare date when no time is given and splits an instant back', () => {
    expect(newYorkInstant('2025-01-27', '')).toBe('2025-01-27');
    expect(splitInstant('2025-01-26T19:05:00-05:00')).toEqual({
      date: '2025-01-26',
      time: '19:05',
    });
  });
});
