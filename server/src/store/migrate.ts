import { type Kysely, type Migration, Migrator } from 'kysely';
import * as initial from './migrations/0001-initial';

const migrations: Record<string, Migration> = {
  '0001-initial': initial,
};

/** Brings the schema up to date; safe to run at every start and from several processes at once. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
}
