import { daysFromCivil } from './calendar-date';

/** Wall-clock time in New York for one instant. */
export interface NewYorkTime {
  /** `YYYY-MM-DD` in New York. */
  date: string;
  /** Minutes since local midnight, 0..1439. */
  minutes: number;
  second: number;
  /** Offset from UTC in minutes (-300 in winter, -240 in summer). */
  offsetMinutes: number;
}

const weekdayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const dayMs = 86_400_000;

// One formatter for the whole process: building an Intl.DateTimeFormat costs far more than using it.
const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/New_York',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** New York wall-clock date and time of an instant (DST from the platform's tz database). */
export function newYorkTime(epochMs: number): NewYorkTime {
  const part = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of formatter.formatToParts(epochMs)) {
    switch (p.type) {
      case 'year':
      case 'month':
      case 'day':
      case 'hour':
      case 'minute':
      case 'second':
        part[p.type] = Number(p.value);
        break;
      default:
        break;
    }
  }
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  // Not Date.UTC, which reads years 0-99 as 1900-1999.
  const asUtc =
    daysFromCivil(part.year, part.month, part.day) * dayMs +
    ((part.hour * 60 + part.minute) * 60 + part.second) * 1000;
  return {
    date: `${pad(part.year, 4)}-${pad(part.month, 2)}-${pad(part.day, 2)}`,
    minutes: part.hour * 60 + part.minute,
    second: part.second,
    offsetMinutes: Math.round((asUtc - wholeSecond) / 60_000),
  };
}

/**
 * The instant at which New York clocks show `date` and `minutes` past midnight. Valid away from
 * the 02:00 DST switch, which is all the calendar needs (00:00, 13:00, 16:00).
 */
export function newYorkToEpoch(date: string, minutes: number): number {
  const wall = dayNumber(date) * dayMs + minutes * 60_000;
  const first = wall - newYorkTime(wall).offsetMinutes * 60_000;
  return wall - newYorkTime(first).offsetMinutes * 60_000;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  return daysFromCivil(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  );
}

/** `YYYY-MM-DD` of a day number. */
export function dateOfDayNumber(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** Date `n` calendar days after `date`. */
export function addDays(date: string, n: number): string {
  return dateOfDayNumber(dayNumber(date) + n);
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekdayIndex(date: string): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** `Mon 2025-01-27`. */
export function dayLabel(date: string): string {
  return `${weekdayNames[weekdayIndex(date)]} ${date}`;
}

/** `16:00` from minutes past midnight. */
export function clockLabel(minutes: number): string {
  return `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}

/** An instant as ISO 8601 in New York time with its offset: `2025-01-26T19:05:00-05:00`. */
export function toNewYorkIso(epochMs: number): string {
  const t = newYorkTime(epochMs);
  return `${t.date}T${clockLabel(t.minutes)}:${pad(t.second, 2)}${offsetLabel(t.offsetMinutes)}`;
}

/** `-05:00` from an offset in minutes. */
export function offsetLabel(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
