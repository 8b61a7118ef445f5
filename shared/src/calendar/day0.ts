import { Day0Error } from './day0-error';
import { parseInstant } from './instant';
import {
  addDays,
  clockLabel,
  dayLabel,
  newYorkTime,
  offsetLabel,
  weekdayIndex,
} from './new-york-time';
import { isCalendarCovered, nyseEarlyCloses, nyseHolidays } from './nyse-holidays';
import { isNyseSession, sessionCloseMinutes, sessionHours } from './sessions';

export interface Day0Options {
  /** ISO 8601 instant with offset, or a bare date (00:00 New York time, known only to the day). */
  at: string;
  /** Sessions of the data (the benchmark's bar dates), sorted ascending, no duplicates. */
  sessions: readonly string[];
  /** Sessions the data must hold before day 0; default 1, since day 0's return needs a prior close. */
  minHistory?: number;
}

export interface Day0 {
  /** The session the news hits. */
  day0: string;
  /** Index of `day0` in the `sessions` passed in. */
  index: number;
  /** One sentence: "published Sun 2025-01-26 19:05 ET, market closed -> Mon 2025-01-27". */
  reason: string;
  /** True when the time was a bare date. */
  dayOnly: boolean;
  /** The news time in New York: `2025-01-26T19:05:00-05:00`, or `2025-01-26` when day-only. */
  publishedLocal: string;
}

/**
 * Day 0 is the first regular session whose close (16:00 New York, 13:00 on early-close days)
 * comes after the news time: news before the close of a trading day hits that day; after the
 * close, on a weekend or on a holiday it hits the next session. Sessions come from the data and
 * are checked against the NYSE calendar (design.md, "The day-0 rule"). Throws {@link Day0Error}.
 */
export function resolveDay0(opts: Day0Options): Day0 {
  const { sessions } = opts;
  const minHistory = opts.minHistory ?? 1;
  const { epochMs, dayOnly } = parseInstant(opts.at);
  const local = newYorkTime(epochMs);
  const publishedLocal = dayOnly
    ? local.date
    : `${local.date}T${clockLabel(local.minutes)}:${String(local.second).padStart(2, '0')}${offsetLabel(local.offsetMinutes)}`;
  const published = dayOnly
    ? `${dayLabel(local.date)}`
    : `${dayLabel(local.date)} ${clockLabel(local.minutes)} ET`;

  let index = lowerBound(sessions, local.date);
  const sameDay = sessions[index] === local.date;
  if (sameDay && local.minutes >= sessionCloseMinutes(local.date)) index += 1;
  const day0 = sessions[index];
  if (day0 === undefined) {
    const last = sessions[sessions.length - 1];
    throw new Day0Error(
      'after-data',
      last === undefined
        ? 'there are no sessions in the data'
        : `no session in the data closes after ${published} ET; the data ends on ${dayLabel(last)}`,
    );
  }
  if (index < minHistory) {
    throw new Day0Error(
      'before-data',
      `${published} is too early for the data: day 0 would be ${dayLabel(day0)}, which has ` +
        `${index} sessions before it in the data (from ${sessions[0]}), ${minHistory} needed`,
    );
  }
  checkAgainstCalendar({ date: local.date, minutes: local.minutes, day0 });

  const lead = `published ${published}`;
  const reason = `${describeTime({ lead, local, day0, dayOnly, sameDay })}${describeSkipped(local.date, day0)} -> ${dayLabel(day0)}`;
  return { day0, index, reason, dayOnly, publishedLocal };
}

function describeTime(a: {
  lead: string;
  local: { date: string; minutes: number };
  day0: string;
  dayOnly: boolean;
  sameDay: boolean;
}): string {
  const { lead, local, day0 } = a;
  const wd = weekdayIndex(local.date);
  if (wd === 0 || wd === 6) return `${lead}, market closed`;
  const holiday = nyseHolidays[local.date];
  if (holiday !== undefined) return `${lead} (${holiday}, market holiday)`;
  if (!a.sameDay) return `${lead}, no session in the data that day`;
  const close =
    local.date in nyseEarlyCloses
      ? `the ${clockLabel(sessionHours.earlyClose)} early close`
      : `the ${clockLabel(sessionHours.close)} close`;
  if (local.date !== day0) return `${lead}, after ${close}`;
  if (a.dayOnly) return `${lead} (time unknown, taken as 00:00 ET), before the 09:30 open`;
  if (local.minutes < sessionHours.open) return `${lead}, before the 09:30 open`;
  return `${lead}, during the session, before ${close}`;
}

/** Weekdays strictly between the news day and day 0 on which there was no session. */
function describeSkipped(from: string, day0: string): string {
  const parts: string[] = [];
  for (let d = addDays(from, 1); d < day0; d = addDays(d, 1)) {
    const wd = weekdayIndex(d);
    if (wd === 0 || wd === 6) continue;
    const name = nyseHolidays[d];
    parts.push(
      name === undefined
        ? `${dayLabel(d)} no session in the data`
        : `${dayLabel(d)} closed (${name})`,
    );
  }
  return parts.length === 0 ? '' : `; ${parts.join('; ')}`;
}

/**
 * The data decides which days are sessions, but inside the years the NYSE tables cover, a bar on
 * a closed day or a missing bar for an open day means the data is wrong around this news time.
 */
function checkAgainstCalendar(a: { date: string; minutes: number; day0: string }): void {
  const { day0 } = a;
  if (isCalendarCovered(day0) && !isNyseSession(day0)) {
    const name = nyseHolidays[day0] ?? 'a weekend';
    throw new Day0Error(
      'calendar-mismatch',
      `the data has a bar on ${dayLabel(day0)} (${name}) when the NYSE was closed`,
    );
  }
  let expected = a.date;
  if (!isNyseSession(expected) || a.minutes >= sessionCloseMinutes(expected)) {
    expected = addDays(expected, 1);
    for (let i = 0; i < 14 && !isNyseSession(expected); i += 1) expected = addDays(expected, 1);
  }
  if (isCalendarCovered(expected) && expected < day0) {
    throw new Day0Error(
      'calendar-mismatch',
      `the NYSE was open on ${dayLabel(expected)} but the data has no bar for it`,
    );
  }
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
