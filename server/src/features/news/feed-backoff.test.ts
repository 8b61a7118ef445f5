import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextCheck } from './feed-backoff';

const now = new Date('2025-01-27T12:00:00Z');
const minute = 60_000;
const hour = 60 * minute;
const schedule = { baseMs: 15 * minute, maxMs: 24 * hour };

describe('nextCheck', () => {
  it('waits between half and all of base * 2^errors', () => {
    // errorCount 3: cap = 15 min * 8 = 120 min; random 0 -> 60 min, random 0.5 -> 90 min.
    expect(nextCheck({ ...schedule, errorCount: 3, now, random: 0 }).toISOString()).toBe(
      '2025-01-27T13:00:00.000Z',
    );
    expect(nextCheck({ ...schedule, errorCount: 3, now, random: 0.5 }).toISOString()).toBe(
      '2025-01-27T13:30:00.000Z',
    );
  });

  it('polls a healthy feed at the base interval, jittered', () => {
    expect(nextCheck({ ...schedule, errorCount: 0, now, random: 0 }).toISOString()).toBe(
      '2025-01-27T12:07:30.000Z',
    );
  });

  it('caps the wait at maxMs however many failures', () => {
    // 15 min * 2^20 is far past 24 h: the cap is 24 h, random 0.5 -> 18 h.
    expect(nextCheck({ ...schedule, errorCount: 20, now, random: 0.5 }).toISOString()).toBe(
      '2025-01-28T06:00:00.000Z',
    );
  });

  it('honours a Retry-After later than the backoff', () => {
    const retryAfter = new Date('2025-01-27T15:00:00Z');
    expect(
      nextCheck({ ...schedule, errorCount: 1, now, random: 0, retryAfter }).toISOString(),
    ).toBe('2025-01-27T15:00:00.000Z');
  });

  it('does not obey a Retry-After beyond a week', () => {
    const retryAfter = new Date('2026-01-01T00:00:00Z');
    expect(
      nextCheck({ ...schedule, errorCount: 1, now, random: 0, retryAfter }).toISOString(),
    ).toBe('2025-02-03T12:00:00.000Z');
  });

  it('refuses a random draw outside [0, 1)', () => {
    expect(() => nextCheck({ ...schedule, errorCount: 1, now, random: 1 })).toThrow(RangeError);
  });

  it('never hammers and never gives up', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (errorCount, random) => {
          const wait =
            nextCheck({ ...schedule, errorCount, now, random }).getTime() - now.getTime();
          expect(wait).toBeGreaterThanOrEqual(schedule.baseMs / 2 - 1);
          expect(wait).toBeLessThanOrEqual(schedule.maxMs + 1);
        },
      ),
    );
  });
});
