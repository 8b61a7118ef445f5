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
 * Parses an ISO 8601 instant with an offset (`2025-01-26T19:05:00-05:00`, `...Z`) or a bare date
 * (`2025-01-27`, meaning 00:00 in New York). A local time without an offset is ambiguous and is
 * rejected, as is any impossible date or time. Throws {@link Day0Error} `invalid-instant`.
 */
export function parseInstant(at: string): ParsedInstant {
  const day = bareDate.exec(at);
  if (day) {
    const [, y, m, d] = day;
    if (!isRealDate(Number(y), Number(m), Number(d))) throw invalid(at, 'not a real date');
    return { epochMs: newYorkToEpoch(at, 0), dayOnly: true };
  }
  const t = withOffset.exec(at);
  if (!t) {
    throw invalid(at, 'expected an ISO 8601 instant with offset or a date such as 2025-01-27');
  }
  const [, y, mo, d, h, mi, s, frac, zone, sign, oh, om] = t;
  const nums = [y, mo, d, h, mi].map(Number);
  const [year = 0, month = 0, dayOfMonth = 0, hour = 0, minute = 0] = nums;
  const second = s === undefined ? 0 : Number(s);
  if (!isRealDate(year, month, dayOfMonth) || hour > 23 || minute > 59 || second > 59) {
    throw invalid(at, 'not a real date and time');
  }
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const ohn = Number(oh);
    const omn = Number(om);
    if (ohn > 23 || omn > 59) throw invalid(at, 'not a real UTC offset');
    offsetMinutes = (sign === '-' ? -1 : 1) * (ohn * 60 + omn);
  }
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const wall = Date.UTC(year, month - 1, dayOfMonth, hour, minute, second, ms);
  return { epochMs: wall - offsetMinutes * 60_000, dayOnly: false };
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function invalid(at: string, why: string): Day0Error {
  return new Day0Error('invalid-instant', `cannot read the time "${at}": ${why}`);
}
