import { addDays, dayNumber, newYorkToEpoch, weekdayIndex } from './new-york-time';
import { isCalendarCovered, nyseEarlyCloses, nyseHolidays } from './nyse-holidays';

/** Regular session hours in minutes after midnight, New York time. */
export const sessionHours = { open: 9 * 60 + 30, close: 16 * 60, earlyClose: 13 * 60 } as const;

/** Minutes after New York midnight at which the session on `date` closes (13:00 on early closes). */
export function sessionCloseMinutes(date: string): number {
  return date in nyseEarlyCloses ? sessionHours.earlyClose : sessionHours.close;
}

/**
 * Epoch milliseconds of the close of the session on `date`: 16:00 New York time, 13:00 on the
 * NYSE early-close days, so 21:00Z in winter and 20:00Z in summer.
 */
export function sessionCloseUtc(date: string): number {
  return newYorkToEpoch(date, sessionCloseMinutes(date));
}

/** Whether the NYSE calendar opens on `date` (a weekday that is not a listed holiday). */
export function isNyseSession(date: string): boolean {
  const wd = weekdayIndex(date);
  return wd !== 0 && wd !== 6 && !(date in nyseHolidays);
}

/** NYSE sessions from `from` to `to` inclusive, by the hard-coded calendar. */
export function nyseSessionsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const last = dayNumber(to);
  for (let d = from; dayNumber(d) <= last; d = addDays(d, 1)) {
    if (isNyseSession(d)) out.push(d);
  }
  return out;
}

/** The first `count` NYSE sessions after `date` (not counting `date`), from the holiday list. */
export function nyseSessionsAfter(date: string, count: number): string[] {
  const out: string[] = [];
  for (let d = addDays(date, 1); out.length < count; d = addDays(d, 1)) {
    if (isNyseSession(d)) out.push(d);
  }
  return out;
}

/** Where the data's sessions disagree with the NYSE calendar. */
export interface SessionCheck {
  /** NYSE sessions inside the data's span with no bar in the data. */
  missing: string[];
  /** Dates in the data on which the NYSE was closed (weekends, listed holidays). */
  unexpected: string[];
}

/**
 * Compares the sessions found in the data with the NYSE calendar between the data's first and
 * last date. Only years the holiday tables cover are checked for holidays; weekends are checked
 * everywhere.
 */
export function checkSessions(sessions: readonly string[]): SessionCheck {
  const first = sessions[0];
  const last = sessions[sessions.length - 1];
  if (first === undefined || last === undefined) return { missing: [], unexpected: [] };
  const present = new Set(sessions);
  const missing: string[] = [];
  const end = dayNumber(last);
  for (let d = first; dayNumber(d) <= end; d = addDays(d, 1)) {
    if (isCalendarCovered(d) && isNyseSession(d) && !present.has(d)) missing.push(d);
  }
  const unexpected = sessions.filter((d) => {
    const wd = weekdayIndex(d);
    return wd === 0 || wd === 6 || d in nyseHolidays;
  });
  return { missing, unexpected };
}
