import { type Kysely, type Migration, Migrator } from 'kysely';
import * as initial from './migrations/0001-initial';
import * as priceAdjustments from './migrations/0003-price-adjustments';
import * as sharesOutstanding from './migrations/0003-shares-outstanding';
import * as news from './migrations/0004-news';
import * as sourceIndex from './migrations/0005-source-index';
import * as ingestRunsChange from './migrations/0006-ingest-runs-change';
import * as factorReturns from './migrations/0007-factor-returns';
import * as fiveFactorSorts from './migrations/0008-five-factor-sorts';
import * as eventSets from './migrations/0009-event-sets';
import * as dataChanges from './migrations/0010-data-changes';

const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0003-price-adjustments': priceAdjustments,
  '0003-shares-outstanding': sharesOutstanding,
  '0004-news': news,
  '0005-source-index': sourceIndex,
  '0006-ingest-runs-change': ingestRunsChange,
  '0007-factor-returns': factorReturns,
  '0008-five-factor-sorts': fiveFactorSorts,
  '0009-event-sets': eventSets,
  '0010-data-changes': dataChanges,
};

/** Brings the schema up to date; safe to run at every start and from several processes at once. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Features add their migrations side by side: a store that already ran 0003 must still accept
    // a 0002 added later, instead of refusing to open.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
}
