import { describe, expect, it } from 'vitest';
import { sessionDate } from '../domain/bar';
import { instantSchema } from '../domain/event';
import { parseInstant, readInstant } from './instant';
import { newYorkTime } from './new-york-time';

// Epoch seconds from published references, not from the code: 1900-01-01 is the NTP epoch,
// 2,208,988,800 s before the Unix one (RFC 5905); 2100-01-01T00:00Z is 4,102,444,800 s and
// 2000-03-01T00:00Z is 951,868,800 s (`date -u -d ... +%s`).
const ntpOffset = 2_208_988_800_000;

describe('calendar-exact instants (issue 16, items 2 and 3)', () => {
  it('reads the edges of the accepted years at their published epochs', () => {
    expect(parseInstant('1900-01-01T00:00:00Z').epochMs).toBe(-ntpOffset);
    expect(parseInstant('2100-01-01T00:00:00Z').epochMs).toBe(4_102_444_800_000);
    expect(parseInstant('2100-12-31T23:59:59Z').epochMs).toBe(
      4_102_444_800_000 + 365 * 86_400_000 - 1000,
    );
    expect(parseInstant('2000-02-29T19:00:00-05:00').epochMs).toBe(951_868_800_000);
  });

  it('refuses days a month does not have, with the month length', () => {
    for (const [at, days] of [
      ['2025-02-29', 28],
      ['2025-04-31T09:30:00-04:00', 30],
      ['1900-02-29', 28], // a century not divisible by 400
      ['2100-02-29T12:00Z', 28],
      ['2025-06-31', 30],
      ['2025-01-32', 31],
    ] as const) {
      expect(readInstant(at)).toEqual({ problem: expect.stringContaining(`has ${days} days`) });
    }
    expect('problem' in readInstant('2024-02-29')).toBe(false);
    expect('problem' in readInstant('2000-02-29T00:00Z')).toBe(false);
    expect(readInstant('2025-13-01')).toHaveProperty('problem');
    expect(readInstant('2025-00-10')).toHaveProperty('problem');
    expect(readInstant('2025-01-00')).toHaveProperty('problem');
  });

  it('refuses years outside 1900-2100 instead of reading 0050 as 1950 or 9999 as too early', () => {
    for (const at of [
      '0050-06-01',
      '0000-01-01T00:00Z',
      '0099-12-31T20:00:00-05:00',
      '1899-12-31T23:59:59Z',
      '2101-01-01',
      '9999-12-31T20:00:00-05:00',
    ]) {
      expect(readInstant(at)).toEqual({ problem: 'the year must be from 1900 to 2100' });
      expect(() => parseInstant(at)).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    }
  });

  it('is the rule of both schemas that take a date', () => {
    for (const bad of ['2025-02-29', '2025-04-31', '0050-06-01', '9999-12-31', '2025-2-1']) {
      expect(sessionDate.safeParse(bad).success).toBe(false);
      expect(instantSchema.safeParse(bad).success).toBe(false);
    }
    for (const bad of ['2025-04-31T09:30:00-04:00', '9999-12-31T20:00:00-05:00']) {
      expect(instantSchema.safeParse(bad).success).toBe(false);
    }
    expect(sessionDate.safeParse('2024-02-29').success).toBe(true);
    expect(instantSchema.safeParse('2025-01-26T19:05:00-05:00').success).toBe(true);
  });

  it('gives New York wall time for instants of any year, two-digit ones included', () => {
    // Date's ISO parser reads four-digit years as written (unlike Date.UTC). Before 1883 New
    // York kept local mean time, -4:56:02, so the offset is within a few minutes of -5 h.
    const early = newYorkTime(Date.parse('0050-06-01T12:00:00Z'));
    expect(early.date).toBe('0050-06-01');
    expect(early.offsetMinutes).toBeGreaterThanOrEqual(-300);
    expect(early.offsetMinutes).toBeLessThanOrEqual(-290);
    expect(newYorkTime(Date.parse('2025-01-27T14:30:00Z')).offsetMinutes).toBe(-300);
  });
});
