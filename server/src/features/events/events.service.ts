import {
  type EventDetail,
  type EventSummary,
  type EventsQuery,
  newYorkToEpoch,
  parseInstant,
  resolveDay0,
  toNewYorkIso,
} from '@aftershock/shared';
import type { AppDeps } from '../../app-deps';
import { notFound } from '../../http/api-error';
import { type EventFilter, findEventArticles, findEvents, type StoredEvent } from './events.repo';

type ParsedEventsQuery = {
  tickers?: string[] | undefined;
  category?: EventSummary['category'][] | undefined;
  origin?: EventSummary['origin'][] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
};

/** `from`/`to` are New York dates: from 00:00 on `from` to the end of `to`. */
export function filterFromQuery(query: ParsedEventsQuery): EventFilter {
  return {
    tickers: query.tickers,
    categories: query.category,
    origins: query.origin,
    fromIso: query.from ? new Date(parseInstant(query.from).epochMs).toISOString() : undefined,
    toIso: endOfNewYorkDay(query.to),
    text: query.q || undefined,
  };
}

/** The last millisecond of a New York date: just before 00:00 in New York the next day. */
function endOfNewYorkDay(date: string | undefined): string | undefined {
  if (!date) return undefined;
  // 36 hours after 00:00 is the next day whatever the clocks do (days are 23 to 25 hours).
  const nextDay = toNewYorkIso(parseInstant(date).epochMs + 36 * 3_600_000).slice(0, 10);
  return new Date(newYorkToEpoch(nextDay, 0) - 1).toISOString();
}

export async function listEvents(deps: AppDeps, query: ParsedEventsQuery): Promise<EventSummary[]> {
  const [events, sessions] = await Promise.all([
    findEvents(deps.store.db, filterFromQuery(query)),
    deps.market.sessions(),
  ]);
  return events.map((e) => summarise(e, sessions));
}

export async function getEvent(deps: AppDeps, id: string): Promise<EventDetail> {
  const [event] = await findEvents(deps.store.db, { ids: [id] });
  if (!event) throw notFound(`No event with id "${id}"`);
  const [sessions, articles] = await Promise.all([
    deps.market.sessions(),
    findEventArticles(deps.store.db, id),
  ]);
  // A detected event's time is its story's first report: say which article that is.
  const at = Date.parse(event.occurredAt);
  const first =
    event.origin === 'detected'
      ? articles.find((a) => !a.dateEstimated && Date.parse(a.publishedAt) === at)?.id
      : undefined;
  return {
    ...summarise(event, sessions),
    articles: articles.map((a) => ({ ...a, setsTime: a.id === first })),
  };
}

/** Adds the day-0 session and its reason; an event outside the data says why it has none. */
export function summarise(e: StoredEvent, sessions: readonly string[]): EventSummary {
  const epochMs = Date.parse(e.occurredAt);
  const at = e.dayOnly ? toNewYorkIso(epochMs).slice(0, 10) : toNewYorkIso(epochMs);
  let day0: string | null = null;
  let day0Reason: string;
  try {
    const resolved = resolveDay0({ at, sessions });
    day0 = resolved.day0;
    day0Reason = resolved.reason;
  } catch (error) {
    day0Reason = error instanceof Error ? error.message : String(error);
  }
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    category: e.category,
    origin: e.origin,
    occurredAt: e.dayOnly ? at : toNewYorkIso(epochMs),
    dayOnly: e.dayOnly,
    day0,
    day0Reason,
    tickers: e.tickers,
    articleCount: e.articleCount,
    sources: e.sources,
    weight: e.weight,
    reason: e.reason,
    linkedEventId: e.linkedEventId,
  };
}

export type { EventsQuery };
