import { createHash } from 'node:crypto';
import { parseInstant } from '@aftershock/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import { companies } from './companies';
import { curatedEvents } from './curated-events';

/**
 * Writes the company and curated-event catalogues into the store, so an edit to the catalogue
 * reaches an existing data folder (a curated event dropped from it goes). Every path that needs
 * them calls it first: the server's start and event detection (so a replay on a new data folder
 * links its events to curated ones). User companies and other events are untouched; an unchanged
 * catalogue costs one read. Answers whether it wrote.
 */
export async function seedCatalogue(db: Kysely<Database>): Promise<boolean> {
  const version = createHash('sha256')
    .update(JSON.stringify({ companies, curatedEvents }))
    .digest('hex');
  const stored = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'catalogue_version')
    .executeTakeFirst();
  if (stored?.value === version) return false;
  await db.transaction().execute(async (trx) => {
    for (const c of companies) {
      const row = {
        name: c.name,
        kind: c.kind,
        groups: JSON.stringify(c.groups),
        aliases: JSON.stringify(c.aliases),
        origin: 'catalogue' as const,
      };
      await trx
        .insertInto('companies')
        .values({ ticker: c.ticker, ...row })
        .onConflict((oc) => oc.column('ticker').doUpdateSet(row))
        .execute();
    }
    for (const e of curatedEvents) {
      const { epochMs, dayOnly } = parseInstant(e.occurredAt);
      const row = {
        title: e.title,
        summary: e.summary,
        category: e.category,
        occurred_at: new Date(epochMs).toISOString(),
        day_only: dayOnly,
        origin: 'curated' as const,
        sources: JSON.stringify(e.sources),
        weight: 1,
        reason: 'Curated: written by the Aftershock team from the cited reports.',
      };
      await trx
        .insertInto('events')
        .values({ id: e.id, ...row })
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
      await trx.deleteFrom('event_tickers').where('event_id', '=', e.id).execute();
      await trx
        .insertInto('event_tickers')
        .values(e.tickers.map((ticker) => ({ event_id: e.id, ticker })))
        .execute();
    }
    await trx
      .deleteFrom('events')
      .where('origin', '=', 'curated')
      .where(
        'id',
        'not in',
        curatedEvents.map((e) => e.id),
      )
      .execute();
    await trx
      .insertInto('meta')
      .values({ key: 'catalogue_version', value: JSON.stringify(version) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(version) }))
      .execute();
  });
  return true;
}
