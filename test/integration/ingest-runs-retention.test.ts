import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/logger';
import { recordRun } from '../../server/src/store/ingest-runs';
import { latestRunPerSource, pruneRuns } from '../../server/src/store/ingest-runs-retention';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

let deps: TestDeps;
beforeAll(async () => {
  deps = await freshDeps();
});
afterAll(() => deps?.cleanup());

const day = 86_400_000;

/** `n` finished runs of one source, started `ageDays` ago, oldest id first. */
async function addRuns(source: string, n: number, ageDays: number, status = 'ok') {
  const at = new Date(Date.now() - ageDays * day).toISOString();
  const rows = Array.from({ length: n }, () => ({
    kind: 'news',
    source,
    started_at: at,
    finished_at: at,
    status: status as 'ok',
    rows_written: 0,
  }));
  await deps.store.db.insertInto('ingest_runs').values(rows).execute();
}

const count = async (source: string) =>
  Number(
    (
      await deps.store.db
        .selectFrom('ingest_runs')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('source', '=', source)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe(`ingest run retention, on ${storeKind}`, () => {
  it('keeps the newest 200 runs of a source beyond 7 days, and leaves other sources alone', async () => {
    await addRuns('feed-old', 300, 30);
    await addRuns('feed-other', 10, 30);
    expect(await pruneRuns(deps.store.db, { kind: 'news', source: 'feed-old' })).toBe(100);
    expect(await count('feed-old')).toBe(200);
    expect(await count('feed-other')).toBe(10);
  });

  it('keeps every run of the last 7 days, however many', async () => {
    await addRuns('feed-busy', 250, 1);
    expect(await pruneRuns(deps.store.db, { kind: 'news', source: 'feed-busy' })).toBe(0);
    expect(await count('feed-busy')).toBe(250);
  });

  it('prunes after each recorded run: 300 old runs and a new one leave 200', async () => {
    await addRuns('feed-polled', 300, 20);
    await recordRun(deps.store.db, { kind: 'news', source: 'feed-polled' }, async () => ({
      rowsWritten: 0,
    }));
    expect(await count('feed-polled')).toBe(200);
    const newest = await latestRunPerSource(deps.store.db);
    const polled = newest.find((r) => r.source === 'feed-polled');
    // The run just recorded is the newest: finished now, not 20 days ago.
    expect(Date.now() - Date.parse(polled?.at ?? '')).toBeLessThan(60_000);
  });

  it('reads the newest run of every source, as DISTINCT ON over the whole table does', async () => {
    await addRuns('feed-flaky', 3, 2, 'ok');
    await addRuns('feed-flaky', 1, 1, 'failed');
    const fast = await latestRunPerSource(deps.store.db);
    // Second method: PostgreSQL's DISTINCT ON over every row.
    const slow = await deps.store.db
      .selectFrom('ingest_runs')
      .select(['kind', 'source', 'status'])
      .distinctOn(['kind', 'source'])
      .orderBy('kind')
      .orderBy('source')
      .orderBy('id', 'desc')
      .execute();
    expect(fast.map(({ kind, source, status }) => ({ kind, source, status }))).toEqual(slow);
    expect(fast.find((r) => r.source === 'feed-flaky')?.status).toBe('failed');
    expect(fast.length).toBeGreaterThanOrEqual(5);
  });
});

describe(`a failing prune never fails a run, on ${storeKind}`, () => {
  // A delete that the database refuses (a lock timeout, a permission), made here by a trigger.
  const raw = (text: string) =>
    deps.store.db.executeQuery({
      sql: text,
      parameters: [],
      query: { kind: 'RawNode', sqlFragments: [text], parameters: [] },
      queryId: { queryId: 'refuse-prune' },
    });
  beforeAll(async () => {
    await raw(`create function refuse_prune() returns trigger language plpgsql as $$
      begin raise exception 'prune refused'; end $$`);
    await raw(`create trigger refuse_prune before delete on ingest_runs
      for each statement execute function refuse_prune()`);
  });
  afterAll(async () => {
    await raw('drop trigger refuse_prune on ingest_runs');
  });

  it('keeps a good run ok, and a failed run its own error, logging the prune as a warning', async () => {
    const lines: string[] = [];
    const log = createLogger('warn', { write: (line) => lines.push(line) });
    await addRuns('feed-prune-refused', 300, 20);
    const run = { kind: 'news', source: 'feed-prune-refused', log };
    await expect(recordRun(deps.store.db, run, async () => ({ rowsWritten: 1 }))).resolves.toEqual({
      rowsWritten: 1,
    });
    await expect(
      recordRun(deps.store.db, run, async () => {
        throw new Error('feed down');
      }),
    ).rejects.toThrow('feed down');
    const newest = await deps.store.db
      .selectFrom('ingest_runs')
      .select('status')
      .where('source', '=', 'feed-prune-refused')
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    expect(newest.map((r) => r.status)).toEqual(['failed', 'ok']);
    // Nothing pruned: the 300 old runs and the two new ones.
    expect(await count('feed-prune-refused')).toBe(302);
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => /"msg":"[^"]*prun/.test(line))).toBe(true);
  });
});
