import type { Kysely } from 'kysely';
import type { Database } from '../../server/src/store/schema';

/**
 * Cuts the stored bars back to `last`, so that a test of the update path starts from a store
 * whose data ends where its scenario says, whatever range the embedded snapshot covers.
 */
export async function endBarsAt(db: Kysely<Database>, last: string): Promise<void> {
  await db.deleteFrom('daily_bars').where('date', '>', last).execute();
}
