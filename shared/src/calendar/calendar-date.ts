/**
 * Calendar-exact dates, by arithmetic alone. `Date.UTC` and `Date.parse` are not used: the first
 * reads years 0-99 as 1900-1999, the second accepts what each engine likes (`2025-02-30`).
 *
 * The years the API accepts run from {@link firstYear} to {@link lastYear}: the prices start in
 * 2021 and the catalogue in 2022, so this leaves every real date room and keeps every instant a
 * four-digit year in any time zone and in the store.
 */
export const firstYear = 1900;
export const lastYear = 2100;

/** Gregorian leap year: every fourth year, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return monthLengths[month - 1] ?? 0;
}

/** Why a year, month and day is not a date the API accepts, or null when it is. */
export function dateProblem(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < firstYear || year > lastYear) {
    return `the year must be from ${firstYear} to ${lastYear}`;
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) return 'not a real date: no such month';
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    return `not a real date: ${year}-${String(month).padStart(2, '0')} has ${daysInMonth(year, month)} days`;
  }
  return null;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level
 * date algorithms", days_from_civil), valid for every year, two-digit ones included.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `YYYY-MM-DD` is not an accepted date, or null when it is. */
export function sessionDateProblem(s: string): string | null {
  const m = isoDate.exec(s);
  if (!m) return 'expected a date as YYYY-MM-DD';
  return dateProblem(Number(m[1]), Number(m[2]), Number(m[3]));
}
