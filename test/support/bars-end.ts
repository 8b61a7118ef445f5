import type { AppDeps } from '../../server/src/app-deps';

/**
 * Cuts the stored bars back to `last`, so that a test of the update path starts from a store
 * whose data ends where its scenario says, whatever range the embedded snapshot covers.
 */
export async function endBarsAt(db: AppDeps['store']['db'], last: string): Promise<void> {
  await db.deleteFrom('daily_bars').where('date', '>', last).execute();
}
