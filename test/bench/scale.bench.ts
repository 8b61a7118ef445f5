import { nyseHolidays } from '@aftershock/shared';
import pg from 'pg';
import { curatedEvents } from '../../server/src/catalogue/curated-events';
import { seedCatalogue } from '../../server/src/catalogue/seed-catalogue';
import { openStore } from '../../server/src/store/open-store';
import { load, rssMiB } from '../load/window-load';
import { startCluster } from '../support/pg-cluster';
import { withDatabase } from '../support/test-store';
import { startBenchServer } from './api.bench';
import type { BenchRow } from './bench-row';

const tickers = 3000;
const group = 'scale (PostgreSQL, 3,000 tickers x 10 years)';

/** NYSE holidays as a PostgreSQL array literal: a bar on one is refused by the day-0 check. */
const holidays = `'{${Object.keys(nyseHolidays).join(',')}}'::date[]`;

/**
 * A synthetic universe, generated inside PostgreSQL: a market factor (QQQ) and 3,000 stocks
 * r = 0.0002 + beta x rm + e, e ~ N(0, 2%), on the NYSE sessions of 2016-2025 (weekdays without
 * the exchange's holidays where the calendar covers them), seeded.
 */
async function generateUniverse(url: string): Promise<void> {
  const store = await openStore({ dataDir: '', databaseUrl: url });
  await seedCatalogue(store.db);
  await store.close();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`
      select setseed(0.42);
      create temp table days as
        select row_number() over (order by d) k, d::date as date
        from generate_series('2016-01-04'::date, '2025-12-31'::date, '1 day') d
        where extract(isodow from d) < 6 and d::date <> all(${holidays});
      create temp table mkt as
        select k, date, 0.0004 + 0.012 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) rm
        from days;
      create temp table tick as
        select 'S' || lpad(i::text, 4, '0') ticker, 0.5 + random() beta
        from generate_series(1, ${tickers}) i;
      insert into companies (ticker, name, kind, groups, aliases, origin)
        select ticker, 'Synthetic ' || ticker, 'stock', '[]', '[]', 'user' from tick;
      alter table daily_bars drop constraint daily_bars_pk;
      insert into daily_bars (ticker, date, open, high, low, close, adj_close, volume, final, source)
        select 'QQQ', date, p, p, p, p, p, 0, true, 'synthetic' from (
          select date, 100 * exp(sum(ln(1 + rm)) over (order by k)) p from mkt) q;
      insert into daily_bars (ticker, date, open, high, low, close, adj_close, volume, final, source)
        select ticker, date, p, p * 1.01, p * 0.99, p, p, 1000000, true, 'synthetic' from (
          select t.ticker, m.date, 100 * exp(sum(ln(1 + 0.0002 + t.beta * m.rm
            + 0.02 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))
            over (partition by t.ticker order by m.k)) p
          from tick t cross join mkt m) x;
      alter table daily_bars add constraint daily_bars_pk primary key (ticker, date);
      insert into ingest_runs (kind, source, started_at, finished_at, status, rows_written)
        values ('prices', 'synthetic', now(), now(), 'ok', 0);
      analyze;
    `);
  } finally {
    await c.end();
  }
}

const pick = (n: number, seed: number) =>
  Array.from(
    { length: n },
    (_, i) => `S${String(((seed * 7919 + i * 104_729) % tickers) + 1).padStart(4, '0')}`,
  );

/** Window requests at random times over the ten years, each on five random tickers. */
function windowPaths(): string[] {
  return Array.from({ length: 3000 }, (_, i) => {
    const day = new Date(Date.UTC(2017, 0, 2) + ((i * 2_654_435_761) % (8 * 365)) * 86_400_000);
    const at = day.toISOString().slice(0, 10);
    return `/api/window?at=${at}&tickers=${pick(5, i).join(',')}&model=market&pre=5&post=5`;
  });
}

/**
 * The window and heatmap endpoints over a universe of 3,000 tickers x 10 years in PostgreSQL,
 * with the server's memory before and after: series are loaded on demand into a bounded LRU.
 */
export async function runScaleBench(): Promise<BenchRow[]> {
  const cluster = startCluster('scale');
  if (!cluster) return [];
  try {
    const url = withDatabase(cluster.url, 'aftershock_scale');
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database aftershock_scale');
    await admin.end();
    let t = performance.now();
    await generateUniverse(url);
    const generated = performance.now() - t;
    const server = await startBenchServer({ DATABASE_URL: url });
    try {
      await fetch(`${server.url}/api/health`);
      const paths = windowPaths();
      // One analyst at a time: each request a new time and five tickers not yet in memory.
      const single: number[] = [];
      for (const p of paths.slice(-21)) {
        t = performance.now();
        const res = await fetch(`${server.url}${p}`);
        if (!res.ok) throw new Error(`window answered ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
        single.push(performance.now() - t);
      }
      // The first request also loaded the companies and events: leave it out.
      single.shift();
      single.sort((a, b) => a - b);
      const rssBefore = rssMiB(server.pid);
      const bare = await load({
        url: server.url,
        paths: ['/api/bench-constant'],
        connections: 20,
        seconds: 10,
      });
      const window = await load({
        url: server.url,
        paths: paths.slice(0, -21),
        connections: 20,
        seconds: 20,
      });
      const heat: number[] = [];
      const events = curatedEvents.map((e) => e.id).join(',');
      for (let i = 0; i < 5; i++) {
        t = performance.now();
        const res = await fetch(
          `${server.url}/api/heatmap?events=${events}&tickers=${pick(10, 100 + i).join(',')}&pre=1&post=1`,
        );
        if (!res.ok) throw new Error(`heatmap answered ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
        heat.push(performance.now() - t);
      }
      heat.sort((a, b) => a - b);
      const rssAfter = rssMiB(server.pid);
      return [
        { group, name: 'generate 7.8 M bars in PostgreSQL', value: generated / 1000, unit: 's' },
        {
          group,
          name: 'window, 5 random tickers, distinct requests: requests/s',
          value: window.requests.average,
          unit: 'req/s',
          reference: { name: 'bare Hono handler', value: bare.requests.average, unit: 'req/s' },
          target: 'ratio >= 0.5',
        },
        {
          group,
          name: 'window: p99 latency',
          value: window.latency.p99,
          unit: 'ms',
          reference: { name: 'bare Hono handler', value: bare.latency.p99, unit: 'ms' },
        },
        {
          group,
          name: 'window, one request at a time, 5 tickers not in memory: median',
          value: single[10] ?? Number.NaN,
          unit: 'ms',
        },
        {
          group,
          name: 'window, one request at a time, 5 tickers not in memory: slowest of 20',
          value: single.at(-1) ?? Number.NaN,
          unit: 'ms',
        },
        {
          group,
          name: 'window: errors and non-2xx',
          value: window.errors + window.non2xx,
          unit: 'responses',
        },
        {
          group,
          name: `heatmap, 10 tickers x ${curatedEvents.length} events, cold: median of 5`,
          value: heat[2] ?? Number.NaN,
          unit: 'ms',
        },
        { group, name: 'server resident memory before load', value: rssBefore, unit: 'MiB' },
        {
          group,
          name: 'server resident memory after load',
          value: rssAfter,
          unit: 'MiB',
          reference: { name: 'before', value: rssBefore, unit: 'MiB' },
        },
      ];
    } finally {
      await server.stop();
    }
  } finally {
    cluster.stop();
  }
}
