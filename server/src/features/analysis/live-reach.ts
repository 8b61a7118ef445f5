import {
  type CarWindow,
  carWindowLabel,
  type LiveDay0,
  nyseSessionsAfter,
  type TickerStudy,
  type WindowCar,
} from '@aftershock/shared';

/**
 * Where the engine studies a window that may reach past the data. When day 0 is in the data the
 * engine studies [-pre, traded] around it. When day 0 has no bar yet (news after the last close)
 * it is anchored on the last session, `shift` sessions before day 0, and studies the pre-event
 * sessions the data holds: engine offset = offset + shift. Sessions not traded are `pending`,
 * dated from the NYSE calendar.
 */
export interface LiveReach {
  /** Index in the data's sessions of the engine's day 0. */
  anchor: number;
  shift: number;
  /** Sessions traded after day 0: -1 when day 0 itself has not traded. */
  traded: number;
  /** The engine's window around the anchor; `enginePre` < 0 when no session of it is in the data. */
  enginePre: number;
  enginePost: number;
  pending: { offset: number; date: string }[];
  /** The data's sessions and the untraded ones through day 0. */
  calendar: readonly string[];
}

export function liveReach(p: {
  sessions: readonly string[];
  day0: LiveDay0;
  pre: number;
  post: number;
}): LiveReach {
  const { sessions, day0, pre, post } = p;
  const last = sessions.length - 1;
  const shift = day0.untraded.length;
  if (shift === 0) {
    const traded = Math.min(post, last - day0.index);
    const pending = nyseSessionsAfter(sessions[last] ?? day0.day0, post - traded).map(
      (date, i) => ({ offset: traded + 1 + i, date }),
    );
    const base = { anchor: day0.index, shift, traded, enginePre: pre, enginePost: traded };
    return { ...base, pending, calendar: sessions };
  }
  const before = day0.untraded
    .map((date, i) => ({ offset: i + 1 - shift, date }))
    .filter((d) => d.offset >= -pre);
  const after = nyseSessionsAfter(day0.day0, post).map((date, i) => ({ offset: i + 1, date }));
  return {
    anchor: last,
    shift,
    traded: -1,
    enginePre: pre - shift,
    enginePost: 0,
    pending: [...before, ...after],
    calendar: [...sessions, ...day0.untraded],
  };
}

/** The engine's study of the anchor, in the offsets and day 0 of the event. */
export function unshiftStudy(study: TickerStudy, reach: LiveReach, day0: string): TickerStudy {
  if (reach.shift === 0 || study.status !== 'ok') return study;
  const days = study.days.map((d) => ({ ...d, offset: d.offset - reach.shift }));
  return { ...study, day0, days, positiveShare: study.positiveShare };
}

/** CAR windows in the engine's offsets, and their answers back in the event's. */
export const shiftWindows = (windows: readonly CarWindow[], shift: number): CarWindow[] =>
  windows.map((w) => ({ ...w, from: w.from + shift, to: w.to + shift }));

export function unshiftCars(cars: WindowCar[], windows: readonly CarWindow[], shift: number) {
  if (shift === 0) return cars;
  return cars.map((c, i) => {
    const w = windows[i] ?? c;
    const notStarted = w.from > -shift;
    const reason = notStarted ? `${carWindowLabel(w)} has not started trading` : c.reason;
    return { ...c, from: w.from, to: w.to, reason };
  });
}
