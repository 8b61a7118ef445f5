import { randomBytes } from 'node:crypto';
import type { EventSet } from '@aftershock/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import { titleSlug } from '../events/title-slug';

/** The saved sets, newest first. */
export async function listSavedSets(db: Kysely<Database>): Promise<EventSet[]> {
  const rows = await db
    .selectFrom('event_sets')
    .selectAll()
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    eventIds: r.event_ids,
    origin: 'saved' as const,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** `set-<slug of the title>-<6 hex>`: readable and unique. Returns the new id. */
export async function insertSet(
  db: Kysely<Database>,
  s: { title: string; description: string; eventIds: string[] },
): Promise<string> {
  const slug = titleSlug(s.title);
  const id = `set-${slug || 'events'}-${randomBytes(3).toString('hex')}`;
  await db
    .insertInto('event_sets')
    .values({
      id,
      title: s.title,
      description: s.description,
      event_ids: JSON.stringify(s.eventIds),
    })
    .execute();
  return id;
}
