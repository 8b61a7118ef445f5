import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';

/**
 * How much run history each source keeps: every run of the last `days`, and at least its newest
 * `count` runs however old (a source polled rarely, like the snapshot load, keeps its record).
 * A feed polled every five minutes records about 290 runs a day; without a limit the table only
 * grows.
 */
export const runRetention = { days: 7, count: 200 };

/** Deletes the finished runs of one source that are older than the retention and beyond its count. */
export async function pruneRuns(
  db: Kysely<Database>,
  run: { kind: string; source: string },
  options: { now?: number; days?: number; count?: number } = {},
): Promise<number> {
  const { days = runRetention.days, count = runRetention.count } = options;
  const cutoff = new Date((options.now ?? Date.now()) - days * 86_400_000).toISOString();
  // The newest run beyond the count, by the (kind, source, id) index.
  const edge = await db
    .selectFrom('ingest_runs')
    .select('id')
    .where('kind', '=', run.kind)
    .where('source', '=', run.source)
    .orderBy('id', 'desc')
    .offset(count)
    .limit(1)
    .executeTakeFirst();
  if (!edge) return 0;
  const deleted = await db
    .deleteFrom('ingest_runs')
    .where('kind', '=', run.kind)
    .where('source', '=', run.source)
    .where('id', '<=', edge.id)
    .where('status', '!=', 'running')
    .where('started_at', '<', cutoff)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows);
}

export interface LatestRun {
  kind: string;
  source: string;
  status: string;
  message: string | null;
  at: string;
}

/**
 * The newest run of each (kind, source): a loose index scan over (kind, source, id) that reads
 * one index entry to find each next source and one row per source, however long the history.
 */
export async function latestRunPerSource(db: Kysely<Database>): Promise<LatestRun[]> {
  const { rows } = await sql<LatestRun>`
    with recursive sources(kind, source) as (
      (select kind, source from ingest_runs order by kind, source limit 1)
      union all
      select n.kind, n.source from sources s cross join lateral (
        select r.kind, r.source from ingest_runs r
        where (r.kind, r.source) > (s.kind, s.source)
        order by r.kind, r.source limit 1
      ) n
    )
    select s.kind, s.source, l.status, l.message, coalesce(l.finished_at, l.started_at) as at
    from sources s cross join lateral (
      select r.status, r.message, r.finished_at, r.started_at from ingest_runs r
      where r.kind = s.kind and r.source = s.source
      order by r.id desc limit 1
    ) l
    order by s.kind, s.source`.execute(db);
  return rows;
}
