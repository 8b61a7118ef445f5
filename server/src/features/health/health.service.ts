import type { HealthResponse } from '@aftershock/shared';
import type { AppDeps } from '../../app-deps';
import { maskUrlsIn } from '../../http/mask-url';
import { type LatestRun, latestRunPerSource } from '../../store/ingest-runs-retention';

const version = '0.1.0';

/**
 * The last bar per price source. Every price write records a run with its source, so the sources
 * come from the runs and each date from one probe of the (source, date) index.
 */
async function priceSourcesAsOf(
  deps: AppDeps,
  runs: readonly LatestRun[],
): Promise<{ source: string; asOf: string }[]> {
  const db = deps.store.db;
  const sources = runs.filter((r) => r.kind === 'prices');
  const dates = await Promise.all(
    sources.map(async ({ source }) => {
      const row = await db
        .selectFrom('daily_bars')
        .select((eb) => eb.fn.max('date').as('asOf'))
        .where('source', '=', source)
        .executeTakeFirst();
      return row?.asOf == null ? null : { source, asOf: String(row.asOf) };
    }),
  );
  return dates.filter((d) => d !== null);
}

/** Data as-of and last ingest per source: from the store's history and the live registry. */
export async function readHealth(deps: AppDeps): Promise<HealthResponse> {
  const db = deps.store.db;
  // One row per source (the load balancer calls this every few seconds).
  const runs = await latestRunPerSource(db);
  const [priceAsOf, newsAsOf, factorAsOf] = await Promise.all([
    priceSourcesAsOf(deps, runs),
    db
      .selectFrom('articles')
      .select(['source', (eb) => eb.fn.max('published_at').as('asOf')])
      .groupBy('source')
      .execute(),
    db
      .selectFrom('factor_returns')
      .select(['source', (eb) => eb.fn.max('date').as('asOf')])
      .groupBy('source')
      .execute(),
  ]);
  const sources = new Map<string, HealthResponse['sources'][number]>();
  const entry = (kind: 'prices' | 'news' | 'factors', source: string) => {
    const key = `${kind}:${source}`;
    let e = sources.get(key);
    if (!e) {
      e = {
        source,
        kind,
        state: 'idle',
        dataAsOf: null,
        lastIngestAt: null,
        lastIngestStatus: null,
        message: null,
        since: null,
      };
      sources.set(key, e);
    }
    return e;
  };
  for (const r of priceAsOf) entry('prices', r.source).dataAsOf = String(r.asOf);
  for (const r of newsAsOf) entry('news', r.source).dataAsOf = String(r.asOf);
  for (const r of factorAsOf) entry('factors', r.source).dataAsOf = String(r.asOf);
  for (const r of runs) {
    // Other kinds of run (an analyst's event) record writes, not a source to watch.
    if (r.kind !== 'news' && r.kind !== 'prices' && r.kind !== 'factors') continue;
    const e = entry(r.kind, r.source);
    e.lastIngestAt = r.at;
    e.lastIngestStatus = r.status;
    if (r.status === 'failed') e.message = r.message;
    if (e.state === 'idle') e.state = r.status === 'failed' ? 'failing' : 'ok';
  }
  for (const live of deps.sources.list()) {
    const e = entry(live.kind, live.source);
    e.state = live.state;
    e.message = live.message;
    e.since = live.since ?? null;
  }
  const all = [...sources.values()].map((s) => ({
    ...s,
    message: s.message === null ? null : maskUrlsIn(s.message),
  }));
  const sourceCounts = { ok: 0, offline: 0, failing: 0, idle: 0 };
  for (const s of all) sourceCounts[s.state] += 1;
  const degraded = sourceCounts.offline + sourceCounts.failing > 0;
  return {
    status: degraded ? 'degraded' : 'ok',
    store: { kind: deps.store.kind },
    version,
    startedAt: deps.startedAt,
    ingest: deps.sources.ingestRole(),
    sourceCounts,
    sources: all,
  };
}
