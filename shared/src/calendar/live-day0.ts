import { type Day0, type Day0Options, resolveDay0 } from './day0';
import { Day0Error } from './day0-error';
import { parseInstant } from './instant';
import { dayLabel, newYorkTime } from './new-york-time';
import { isCalendarCovered } from './nyse-holidays';
import { nyseSessionsAfter } from './sessions';

export interface LiveDay0 extends Day0 {
  /**
   * NYSE sessions after the data's last one, through day 0, when day 0 has no bar yet (news after
   * the last close, or on a day after the data ends); empty when day 0 is in the data.
   */
  untraded: string[];
}

/**
 * Day 0 by the rule of {@link resolveDay0}, and for news after the data, the session it will hit
 * from the NYSE calendar (a live study with no session of [0, +post] traded yet). Beyond the
 * calendar's covered years the data's 'after-data' error stands.
 */
export function resolveLiveDay0(opts: Day0Options): LiveDay0 {
  try {
    return { ...resolveDay0(opts), untraded: [] };
  } catch (error) {
    const last = opts.sessions.at(-1);
    if (!(error instanceof Day0Error) || error.code !== 'after-data' || last === undefined) {
      throw error;
    }
    const newsDate = newYorkTime(parseInstant(opts.at).epochMs).date;
    if (!isCalendarCovered(newsDate)) throw error;
    // Sessions run no denser than calendar days, so this many reach past the news day.
    const span = Math.round((Date.parse(newsDate) - Date.parse(last)) / 86_400_000) + 7;
    const calendar = nyseSessionsAfter(last, span);
    const day0 = resolveDay0({ ...opts, sessions: [...opts.sessions, ...calendar] });
    if (!isCalendarCovered(day0.day0)) throw error;
    return {
      ...day0,
      reason: `${day0.reason}, not traded yet (the data ends on ${dayLabel(last)})`,
      untraded: calendar.slice(0, day0.index - opts.sessions.length + 1),
    };
  }
}
