import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, exchangeDateFn } from './yahoo-dates';

const DAY = 86_400;
const newYork = exchangeDateFn({ timeZone: 'America/New_York', gmtOffsetSeconds: -18_000 });
const sydney = exchangeDateFn({ timeZone: 'Australia/Sydney', gmtOffsetSeconds: 39_600 });

/** Midnight UTC of a day between 1990 and 2035, as epoch seconds and as `YYYY-MM-DD`. */
const utcDay = fc
  .integer({ min: 7_305, max: 23_741 })
  .map((n) => ({ midnight: n * DAY, date: new Date(n * DAY * 1000).toISOString().slice(0, 10) }));

describe('exchange dates', () => {
  it('dates a New York session open (13:30Z in summer, 14:30Z in winter) on its UTC day', () => {
    fc.assert(
      fc.property(utcDay, fc.constantFrom(13.5, 14.5), ({ midnight, date }, hour) => {
        expect(newYork(midnight + hour * 3_600)).toBe(date);
      }),
    );
  });

  it('dates 22:00Z and 23:00Z in Sydney (UTC+10 or +11) on the next calendar day', () => {
    fc.assert(
      fc.property(utcDay, fc.constantFrom(22, 23), ({ midnight, date }, hour) => {
        // Plus 10 or 11 hours, 22:00Z and 23:00Z fall between 08:00 and 10:00 the next day.
        expect(sydney(midnight + hour * 3_600)).toBe(addDays(date, 1));
      }),
    );
  });

  it('reads the New York date of an evening instant, a day behind UTC', () => {
    // 2025-01-28T02:00Z is 21:00 on 27 January in New York (EST, UTC-5).
    expect(newYork(Date.parse('2025-01-28T02:00:00Z') / 1000)).toBe('2025-01-27');
  });

  it('adds calendar days across month and leap-year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 2)).toBe('2025-01-02');
  });
});
