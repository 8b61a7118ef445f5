import { describe, expect, it } from 'vitest';
import { nyseCalendarYears, nyseEarlyCloses, nyseHolidays } from './nyse-holidays';

// Second method: the rule-based holidays recomputed from their definitions.
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  return iso(year, month, day);
}
function lastWeekday(year: number, month: number, weekday: number): string {
  const lastDay = new Date(Date.UTC(year, month, 0));
  const back = (lastDay.getUTCDay() - weekday + 7) % 7;
  return iso(year, month, lastDay.getUTCDate() - back);
}
// Anonymous Gregorian algorithm (Meeus/Jones/Butcher) for Easter Sunday.
function goodFriday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  const easter = Date.UTC(year, month - 1, day);
  return new Date(easter - 2 * 86_400_000).toISOString().slice(0, 10);
}
// Fixed-date holidays move to Monday from a Sunday and to Friday from a Saturday, except
// New Year's Day, which NYSE does not observe on the Friday before (Rule 7.2).
function observed(year: number, month: number, day: number, name: string): string | null {
  const wd = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (wd === 0) return iso(year, month, day + 1);
  if (wd === 6) return name === 'new-year' ? null : iso(year, month, day - 1);
  return iso(year, month, day);
}
function iso(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}
function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

describe('NYSE holiday tables', () => {
  for (let year = nyseCalendarYears.first; year <= nyseCalendarYears.last; year += 1) {
    it(`${year}: every rule-based holiday is listed, and nothing else but 2025-01-09`, () => {
      const expected = [
        observed(year, 1, 1, 'new-year'),
        nthWeekday(year, 1, 1, 3),
        nthWeekday(year, 2, 1, 3),
        goodFriday(year),
        lastWeekday(year, 5, 1),
        year >= 2022 ? observed(year, 6, 19, 'juneteenth') : null,
        observed(year, 7, 4, 'independence'),
        nthWeekday(year, 9, 1, 1),
        nthWeekday(year, 11, 4, 4),
        observed(year, 12, 25, 'christmas'),
      ].filter((d): d is string => d !== null);
      if (year === 2025) expected.push('2025-01-09');
      const listed = Object.keys(nyseHolidays).filter((d) => d.startsWith(`${year}-`));
      expect(listed.sort()).toEqual(expected.sort());
    });
  }

  it('names the 2025 closures the way the analyst reads them', () => {
    expect(nyseHolidays['2025-01-09']).toBe('National Day of Mourning for President Carter');
    expect(nyseHolidays['2025-01-20']).toBe('Martin Luther King Jr. Day');
  });

  it('lists early closes only on weekdays that are open, day after Thanksgiving every year', () => {
    for (const date of Object.keys(nyseEarlyCloses)) {
      expect([1, 2, 3, 4, 5]).toContain(weekday(date));
      expect(nyseHolidays[date]).toBeUndefined();
    }
    for (let year = nyseCalendarYears.first; year <= nyseCalendarYears.last; year += 1) {
      const thanksgiving = nthWeekday(year, 11, 4, 4);
      const friday = new Date(Date.parse(`${thanksgiving}T00:00:00Z`) + 86_400_000)
        .toISOString()
        .slice(0, 10);
      expect(nyseEarlyCloses[friday]).toBe('day after Thanksgiving');
    }
  });

  it('has the published early closes of 2024 and 2025', () => {
    const closes = Object.keys(nyseEarlyCloses).filter((d) => /^202[45]/.test(d));
    expect(closes).toEqual([
      '2024-07-03',
      '2024-11-29',
      '2024-12-24',
      '2025-07-03',
      '2025-11-28',
      '2025-12-24',
    ]);
  });
});
