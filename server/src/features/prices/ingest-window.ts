import { isNyseSession, newYorkTime } from '@aftershock/shared';
import { addDays } from './yahoo-dates';

/**
 * Each update refetches this many of the last stored sessions: Yahoo revises a session's volume
 * and sometimes its close during the following days, and a split or dividend that went ex since
 * the last fetch shows in the response only when the fetch reaches back before it.
 */
export const REVISION_SESSIONS = 5;

/** Where a backfill starts when the store holds no bars at all: the snapshot's first session. */
export const DEFAULT_BACKFILL_FROM = '2021-01-04';

/** Today's date in New York, the calendar of the sessions we store. */
export function newYorkDate(nowMs: number): string {
  return newYorkTime(nowMs).date;
}

/** The date `count` NYSE sessions back from `date`, counting `date` itself when it is one. */
export function sessionsBack(date: string, count: number): string {
  let d = date;
  let seen = isNyseSession(d) ? 1 : 0;
  while (seen < count) {
    d = addDays(d, -1);
    if (isNyseSession(d)) seen++;
  }
  return d;
}

export interface FetchFromInput {
  /** The ticker's last stored session, or null when it has none. */
  last: string | null;
  /** Its earliest bar stored as not final (a session that had not closed when fetched). */
  firstProvisional: string | null;
  /** What the caller asked for (`--from`); it can only reach further back. */
  requested?: string | undefined;
  /** Where to start a ticker that has no bars. */
  backfillFrom: string;
  /** Today in New York. */
  today: string;
}

/**
 * The first date to fetch for one ticker. With bars stored: the last `REVISION_SESSIONS` stored
 * sessions again, and any provisional bar. An earlier `requested` date extends the fetch back; a
 * later one is ignored, since starting after the last stored bar would leave a gap and miss a
 * split in it. With no bars: `requested`, else `backfillFrom`.
 */
export function fetchFrom(input: FetchFromInput): string {
  const { last, firstProvisional, requested, backfillFrom, today } = input;
  if (last === null) return minDate(requested ?? backfillFrom, today);
  let from = sessionsBack(last, REVISION_SESSIONS);
  if (firstProvisional !== null) from = minDate(from, firstProvisional);
  if (requested !== undefined) from = minDate(from, requested);
  return minDate(from, today);
}

function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}
