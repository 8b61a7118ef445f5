import type { AppDeps } from '../../server/src/app-deps';

/**
 * An event written straight into the store, as the news pipeline or the user-event route would
 * write it, naming `tickers`. Call `deps.version.bump()` after, as those writers do.
 */
export async function storeEvent(
  db: AppDeps['store']['db'],
  e: {
    id: string;
    title: string;
    occurredAt: string;
    origin: 'detected' | 'user';
    tickers: string[];
    linkedEventId?: string;
  },
): Promise<void> {
  await db
    .insertInto('events')
    .values({
      id: e.id,
      title: e.title,
      summary: '',
      category: 'deal',
      occurred_at: e.occurredAt,
      day_only: false,
      origin: e.origin,
      sources: JSON.stringify([]),
      weight: 1,
      reason: 'written by a test',
      linked_event_id: e.linkedEventId ?? null,
    })
    .execute();
  await db
    .insertInto('event_tickers')
    .values(e.tickers.map((ticker) => ({ event_id: e.id, ticker })))
    .execute();
}
