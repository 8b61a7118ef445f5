import type { Kysely } from 'kysely';
import type { Database } from './schema';

export interface RunOutcome {
  rowsWritten: number;
  message?: string;
}

/**
 * Records an ingest run around `work`: a row marked running, then ok or failed with the error's
 * message. The run row is written outside the work's transaction so a failure is still recorded.
 */
export async function recordRun<T extends RunOutcome>(
  db: Kysely<Database>,
  run: { kind: string; source: string },
  work: () => Promise<T>,
): Promise<T> {
  const { id } = await db
    .insertInto('ingest_runs')
    .values({ ...run, started_at: new Date().toISOString(), status: 'running' })
    .returning('id')
    .executeTakeFirstOrThrow();
  try {
    const outcome = await work();
    await db
      .updateTable('ingest_runs')
      .set({
        status: 'ok',
        finished_at: new Date().toISOString(),
        rows_written: outcome.rowsWritten,
        message: outcome.message ?? null,
      })
      .where('id', '=', id)
      .execute();
    return outcome;
  } catch (error) {
    await db
      .updateTable('ingest_runs')
      .set({
        status: 'failed',
        finished_at: new Date().toISOString(),
        message: error instanceof Error ? error.message.slice(0, 2000) : String(error),
      })
      .where('id', '=', id)
      .execute();
    throw error;
  }
}
