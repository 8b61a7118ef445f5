import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  interruptedMessage,
  recordRun,
  sweepInterruptedRuns,
} from '../../server/src/store/ingest-runs';
import { freshDeps, type TestDeps } from '../support/test-store';

let deps: TestDeps;
beforeAll(async () => {
  deps = await freshDeps();
});
afterAll(() => deps?.cleanup());

/** The pid of a process that has come and gone. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid ?? 0;

async function insertRunning(source: string, message: string | null): Promise<number> {
  const row = await deps.store.db
    .insertInto('ingest_runs')
    .values({
      kind: 'news',
      source,
      started_at: new Date().toISOString(),
      status: 'running',
      message,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const statusOf = async (id: number) =>
  deps.store.db
    .selectFrom('ingest_runs')
    .select(['status', 'message'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('runs left running by a process that is gone', () => {
  it('on a shared PostgreSQL, marks only this machine’s runs whose process is gone', async () => {
    let finish: () => void = () => undefined;
    const live = recordRun(deps.store.db, { kind: 'news', source: 'live-run' }, async () => {
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
      return { rowsWritten: 0 };
    });
    await new Promise((r) => setTimeout(r, 50));
    const liveRow = await deps.store.db
      .selectFrom('ingest_runs')
      .select(['id', 'message'])
      .where('source', '=', 'live-run')
      .executeTakeFirstOrThrow();
    const tag = liveRow.message ?? '';
    expect(tag).toMatch(new RegExp(`^running: process ${process.pid}@[0-9a-f]{12}$`));
    const dead = await insertRunning('dead-run', tag.replace(`${process.pid}@`, `${deadPid()}@`));
    const elsewhere = await insertRunning(
      'other-machine',
      tag.replace(/@[0-9a-f]{12}$/, '@000000000000'),
    );
    const unowned = await insertRunning('unowned', null);

    expect(await sweepInterruptedRuns(deps.store.db, { exclusive: false })).toBe(1);
    expect(await statusOf(dead)).toEqual({ status: 'failed', message: interruptedMessage });
    expect((await statusOf(liveRow.id)).status).toBe('running');
    expect((await statusOf(elsewhere)).status).toBe('running');
    expect((await statusOf(unowned)).status).toBe('running');

    finish();
    await live;
    expect(await statusOf(liveRow.id)).toEqual({ status: 'ok', message: null });
  });

  it('with the data folder locked (PGlite), marks every run still running', async () => {
    const orphan = await insertRunning('orphan', null);
    expect(await sweepInterruptedRuns(deps.store.db, { exclusive: true })).toBeGreaterThanOrEqual(
      1,
    );
    expect(await statusOf(orphan)).toEqual({ status: 'failed', message: interruptedMessage });
    const left = await deps.store.db
      .selectFrom('ingest_runs')
      .select('id')
      .where('status', '=', 'running')
      .execute();
    expect(left).toEqual([]);
  });
});
