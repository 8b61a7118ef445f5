import type { WindowResult } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { MarketData } from '../../server/src/features/market-data/market-data';
import { writePriceSeries } from '../../server/src/features/prices/csv-import.service';
import { upsertBars } from '../../server/src/features/prices/prices.repo';
import { DataVersion } from '../../server/src/store/data-version';
import { recordRun } from '../../server/src/store/ingest-runs';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

let deps: TestDeps;
beforeAll(async () => {
  deps = await freshDeps();
});
afterAll(() => deps?.cleanup());

// Fri 2025-01-24 and Mon 2025-01-27 as the snapshot holds them (../shared/data README: NVDA
// closed at 142.62 and 118.42); the other figures are the test's own.
const bar = (date: string, close: number) => ({
  date,
  open: close,
  high: close,
  low: close,
  close,
  adjClose: close,
  volume: 1,
});

/** A second server on the same store: its own caches and data version, no shared memory. */
function secondServer(checkMs: number) {
  const version = new DataVersion(deps.store.db, { checkMs });
  const market = new MarketData(deps.store.db, version, { calendarTicker: 'QQQ', maxSeries: 50 });
  return { version, app: createApp({ ...deps, version, market }) };
}

describe(`the data version follows changed rows, on ${storeKind}`, () => {
  it('counts only the bars a write inserts or changes', async () => {
    await deps.store.db.transaction().execute(async (trx) => {
      const same = [bar('2099-01-05', 10), bar('2099-01-06', 11)];
      expect(await upsertBars(trx, { ticker: 'NVDA', bars: same, source: 'csv' })).toBe(2);
      // The same two bars again: nothing changes.
      expect(await upsertBars(trx, { ticker: 'NVDA', bars: same, source: 'csv' })).toBe(0);
      // One revised, one new.
      const next = [bar('2099-01-06', 12), bar('2099-01-07', 13)];
      expect(await upsertBars(trx, { ticker: 'NVDA', bars: next, source: 'csv' })).toBe(2);
      await trx.deleteFrom('daily_bars').where('date', '>=', '2099-01-01').execute();
    });
  });

  it('stays put on a run that changed nothing (a feed answering 304) and moves on one that did', async () => {
    const version = new DataVersion(deps.store.db, { checkMs: 0 });
    const start = await version.current();
    await recordRun(deps.store.db, { kind: 'news', source: 'techcrunch' }, async () => ({
      rowsWritten: 0,
      message: 'not modified (304)',
    }));
    expect(await version.current()).toBe(start);
    // NVDA's stored bars written again as they are (closes 142.62 and 118.42): none changed.
    const nvda = await deps.store.db
      .selectFrom('daily_bars')
      .select(['date', 'open', 'high', 'low', 'close', 'adj_close as adjClose', 'volume'])
      .where('ticker', '=', 'NVDA')
      .where('date', 'in', ['2025-01-24', '2025-01-27'])
      .orderBy('date')
      .execute();
    expect(nvda.map((b) => b.close)).toEqual([142.62, 118.42]);
    await writePriceSeries(deps.store.db, {
      series: [{ ticker: 'NVDA', file: 'refetch', bars: nvda }],
      source: 'snapshot',
    });
    expect(await version.current()).toBe(start);
    await recordRun(deps.store.db, { kind: 'news', source: 'techcrunch' }, async () => ({
      rowsWritten: 3,
    }));
    expect(await version.current()).toBe(start + 1);
  });

  it('moves when a run that started before another changing run finishes with changes', async () => {
    // A price run (minutes long) starts; a news poll starts later, changes rows and finishes
    // first. A second server reads the version in between; the price run's changes must still
    // move it when they land.
    const other = new DataVersion(deps.store.db, { checkMs: 0 });
    let finishA = () => {};
    const aWaits = new Promise<void>((resolve) => {
      finishA = resolve;
    });
    const a = recordRun(deps.store.db, { kind: 'prices', source: 'yahoo' }, async () => {
      await aWaits;
      return { rowsWritten: 5, rowsChanged: 5 };
    });
    await recordRun(deps.store.db, { kind: 'news', source: 'techcrunch' }, async () => ({
      rowsWritten: 2,
    }));
    const afterB = await other.current();
    finishA();
    await a;
    expect(await other.current()).toBe(afterB + 1);
  });

  it("answers another server's /api/window from the revised data once its version check runs", async () => {
    const b = secondServer(200);
    const path = '/api/window?at=2025-01-27&tickers=NVDA&pre=0&post=0&model=raw';
    const read = async () => {
      const body = (await (await b.app.request(path)).json()) as WindowResult;
      const r = body.results[0];
      return r && 'days' in r ? r.days[0]?.return : undefined;
    };
    expect(await read()).toBeCloseTo(118.42 / 142.62 - 1, 6);
    // Another writer (a CLI import, the other server) revises Monday's close; B is not told.
    await writePriceSeries(deps.store.db, {
      series: [{ ticker: 'NVDA', file: 'revision', bars: [bar('2025-01-27', 120)] }],
      source: 'csv',
    });
    await new Promise((resolve) => setTimeout(resolve, 250));
    // Raw model: the return of adjusted closes, Friday's as stored.
    const friday = await deps.store.db
      .selectFrom('daily_bars')
      .select('adj_close')
      .where('ticker', '=', 'NVDA')
      .where('date', '=', '2025-01-24')
      .executeTakeFirstOrThrow();
    expect(await read()).toBeCloseTo(120 / friday.adj_close - 1, 10);
  });
});
