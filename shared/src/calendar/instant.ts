import { dateProblem, daysFromCivil } from './calendar-date';
import { Day0Error } from './day0-error';
import { newYorkToEpoch } from './new-york-time';

/** A news time as an instant, and whether only its day was known. */
export interface ParsedInstant {
  epochMs: number;
  /** True for a bare `YYYY-MM-DD`, read as 00:00 New York time that day. */
  dayOnly: boolean;
}

const bareDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const withOffset =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Reads an ISO 8601 instant with an offset (`2025-01-26T19:05:00-05:00`, `...Z`) or a bare date
 * (`2025-01-27`, meaning 00:00 in New York), or says why it cannot: a local time without an
 * offset is ambiguous, and an impossible date or time, or a year outside 1900-2100
 * (see calendar-date.ts), is refused. Used by every schema that takes a time.
 */
export function readInstant(at: string): ParsedInstant | { problem: string } {
  const day = bareDate.exec(at);
  if (day) {
    const problem = dateProblem(Number(day[1]), Number(day[2]), Number(day[3]));
    if (problem) return { problem };
    return { epochMs: newYorkToEpoch(at, 0), dayOnly: true };
  }
  const t = withOffset.exec(at);
  if (!t) {
    return {
      problem: 'expected an ISO 8601 instant with offset or a date such as 2025-01-27',
    };
  }
  const [, y, mo, d, h, mi, s, frac, zone, sign, oh, om] = t;
  const [year = 0, month = 0, dayOfMonth = 0, hour = 0, minute = 0] = [y, mo, d, h, mi].map(Number);
  const second = s === undefined ? 0 : Number(s);
  const problem = dateProblem(year, month, dayOfMonth);
  if (problem) return { problem };
  if (hour > 23 || minute > 59 || second > 59) return { problem: 'not a real time of day' };
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const ohn = Number(oh);
    const omn = Number(om);
    if (ohn > 23 || omn > 59) return { problem: 'not a real UTC offset' };
    offsetMinutes = (sign === '-' ? -1 : 1) * (ohn * 60 + omn);
  }
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const wall =
    daysFromCivil(year, month, dayOfMonth) * 86_400_000 +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    ms;
  return { epochMs: wall - offsetMinutes * 60_000, dayOnly: false };
}

/** {@link readInstant}, throwing {@link Day0Error} `invalid-instant` with the reason. */
export function parseInstant(at: string): ParsedInstant {
  const read = readInstant(at);
  if ('problem' in read) {
    throw new Day0Error('invalid-instant', `cannot read the time "${at}": ${read.problem}`);
  }
  return read;
}
