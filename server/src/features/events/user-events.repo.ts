import { randomBytes } from 'node:crypto';
import { Day0Error, parseInstant } from '@aftershock/shared';
import type { Kysely } from 'kysely';
import { badRequest } from '../../http/api-error';
import type { Database } from '../../store/schema';
import { titleSlug } from './title-slug';
import type { CreateUserEvent } from './user-event.schema';

/** `user-<slug of the title>-<date>-<6 hex>`: readable, unique, within the id pattern. */
export function userEventId(title: string, occurredAt: string): string {
  const slug = titleSlug(title);
  return `user-${slug || 'event'}-${occurredAt.slice(0, 10)}-${randomBytes(3).toString('hex')}`;
}

/** Stores the event and its tickers together, or neither. Returns the new id. */
export async function insertUserEvent(db: Kysely<Database>, e: CreateUserEvent): Promise<string> {
  const id = userEventId(e.title, e.occurredAt);
  const { epochMs, dayOnly } = readOccurredAt(e.occurredAt);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('events')
      .values({
        id,
        title: e.title,
        summary: '',
        category: e.category,
        occurred_at: new Date(epochMs).toISOString(),
        day_only: dayOnly,
        origin: 'user',
        sources: JSON.stringify([]),
        weight: 1,
        reason: 'Added by a user with the admin token.',
        linked_event_id: null,
      })
      .execute();
    await trx
      .insertInto('event_tickers')
      .values(e.tickers.map((ticker) => ({ event_id: id, ticker })))
      .execute();
  });
  return id;
}

/** The schema already holds the rule; a time that still cannot be read is the caller's 400. */
function readOccurredAt(occurredAt: string) {
  try {
    return parseInstant(occurredAt);
  } catch (error) {
    if (error instanceof Day0Error) throw badRequest(`occurredAt: ${error.message}`);
    throw error;
  }
}
