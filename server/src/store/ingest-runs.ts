import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { pruneRuns } from './ingest-runs-retention';
import type { Database } from './schema';

export interface RunOutcome {
  rowsWritten: number;
  /**
   * Of those, the rows that were new or changed (a refetch of the same figures writes rows but
   * changes none); what the data version follows. Defaults to `rowsWritten`.
   */
  rowsChanged?: number;
  message?: string;
}

/** This machine, opaquely: enough to tell its processes from another server's on PostgreSQL. */
const machine = createHash('sha256').update(hostname()).digest('hex').slice(0, 12);
const ownerTag = (pid: number) => `running: process ${pid}@${machine}`;
const ownerPattern = /^running: process (\d+)@([0-9a-f]{12})$/;

export const interruptedMessage =
  'interrupted: the process stopped before this run finished (found at the next start)';

/**
 * Records an ingest run around `work`: a row marked running, then ok or failed with the error's
 * message. The run row is written outside the work's transaction so a failure is still recorded.
 * While it runs, its message names the process that owns it, so a later start can tell a run
 * whose process died (kill -9, power loss) from one still in progress. Once done, the source's
 * history is cut to the retention (`runRetention`); a failed cut is logged (`log`, else a
 * process warning) and never fails the run. A run that changed rows moves the data
 * version (`data_changes`).
 */
export async function recordRun<T extends RunOutcome>(
  db: Kysely<Database>,
  run: { kind: string; source: string; log?: Pick<Logger, 'warn'> },
  work: () => Promise<T>,
): Promise<T> {
  const { log, ...names } = run;
  const { id } = await db
    .insertInto('ingest_runs')
    .values({
      ...names,
      started_at: new Date().toISOString(),
      status: 'running',
      message: ownerTag(process.pid),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  try {
    const outcome = await work();
    await finishOk(db, id, outcome);
    await pruneAfter(db, names, log);
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
    await pruneAfter(db, names, log);
    throw error;
  }
}

/**
 * Marks a run ok. A run that changed rows bumps the data version's counter in the same statement,
 * so the version moves in the order runs finish, not the order they started (see 0010).
 */
async function finishOk(db: Kysely<Database>, id: number, outcome: RunOutcome): Promise<void> {
  const changed = outcome.rowsChanged ?? outcome.rowsWritten;
  const finished = {
    status: 'ok' as const,
    finished_at: new Date().toISOString(),
    rows_written: outcome.rowsWritten,
    rows_changed: changed,
    message: outcome.message ?? null,
  };
  if (changed <= 0) {
    await db.updateTable('ingest_runs').set(finished).where('id', '=', id).execute();
    return;
  }
  await db
    .with('bump', (qb) =>
      qb
        .updateTable('data_changes')
        .set((eb) => ({ seq: eb('seq', '+', 1) }))
        .where('id', '=', 1)
        .returning('seq'),
    )
    .updateTable('ingest_runs')
    .set((eb) => ({ ...finished, changed_seq: eb.selectFrom('bump').select('seq') }))
    .where('id', '=', id)
    .execute();
}

async function pruneAfter(
  db: Kysely<Database>,
  run: { kind: string; source: string },
  log: Pick<Logger, 'warn'> | undefined,
): Promise<void> {
  try {
    await pruneRuns(db, run);
  } catch (error) {
    // The run is recorded either way, and the next run cuts the history again: a failed prune
    // must neither fail a good run nor replace a failed run's own error.
    if (log) log.warn({ ...run, err: error }, 'could not prune the ingest run history');
    else {
      const reason = error instanceof Error ? error.message : String(error);
      process.emitWarning(`could not prune the ${run.kind} ${run.source} run history: ${reason}`);
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * Marks as failed the runs left `running` by a process that is gone, so the history never shows a
 * dead run as in progress. `exclusive` (PGlite: this process holds the data folder's lock) means
 * no other process can own one; on a shared PostgreSQL only runs of this machine whose process no
 * longer exists are marked, as another server's may still be going. Returns how many.
 */
export async function sweepInterruptedRuns(
  db: Kysely<Database>,
  options: { exclusive: boolean },
): Promise<number> {
  const running = await db
    .selectFrom('ingest_runs')
    .select(['id', 'message'])
    .where('status', '=', 'running')
    .execute();
  const dead = running.filter((r) => {
    if (options.exclusive) return true;
    const owner = ownerPattern.exec(r.message ?? '');
    if (!owner || owner[2] !== machine) return false;
    const pid = Number(owner[1]);
    return pid !== process.pid && !isAlive(pid);
  });
  if (dead.length === 0) return 0;
  await db
    .updateTable('ingest_runs')
    .set({ status: 'failed', finished_at: new Date().toISOString(), message: interruptedMessage })
    .where(
      'id',
      'in',
      dead.map((r) => r.id),
    )
    .where('status', '=', 'running')
    .execute();
  return dead.length;
}
