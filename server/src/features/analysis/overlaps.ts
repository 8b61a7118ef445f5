import type { EventSummary } from '@aftershock/shared';

export interface Overlap {
  id: string;
  title: string;
  category: EventSummary['category'];
  day0: string;
  offset: number;
  tickers: string[];
}

/**
 * Events other than `selfId` (and the curated event `linkedId` it was detected as) whose day 0 falls inside the event window [-pre, +post] around
 * `day0`, with their offset in sessions: a move inside the window may be theirs.
 */
export function findOverlaps(options: {
  events: readonly EventSummary[];
  sessions: readonly string[];
  day0: string;
  pre: number;
  post: number;
  selfId: string | null;
  linkedId?: string | null;
}): Overlap[] {
  const { events, sessions, day0, pre, post, selfId, linkedId = null } = options;
  const d0 = sessions.indexOf(day0);
  if (d0 < 0) return [];
  const first = sessions[Math.max(0, d0 - pre)] ?? day0;
  const last = sessions[Math.min(sessions.length - 1, d0 + post)] ?? day0;
  const linkedToSelf = (e: EventSummary) => selfId !== null && e.linkedEventId === selfId;
  return events.flatMap((e) => {
    const at = e.day0;
    if (at === null || e.id === selfId || e.id === linkedId || linkedToSelf(e)) return [];
    if (at < first || at > last) return [];
    const { id, title, category, tickers } = e;
    return [{ id, title, category, day0: at, offset: sessions.indexOf(at) - d0, tickers }];
  });
}
