import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MarketData } from '../../server/src/features/market-data/market-data';
import { writePriceSeries } from '../../server/src/features/prices/csv-import.service';
import { DataVersion } from '../../server/src/store/data-version';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

let deps: TestDeps;
beforeAll(async () => {
  deps = await freshDeps();
});
afterAll(() => deps?.cleanup());

describe(`price cache freshness on ${storeKind}`, () => {
  it('drops its series when another writer records a price ingest', async () => {
    const version = new DataVersion(deps.store.db, { checkMs: 0 });
    const market = new MarketData(deps.store.db, version, { calendarTicker: 'QQQ', maxSeries: 10 });
    const before = await market.load('NVDA');
    expect(before.series.dates.at(-1)).toBe('2026-05-15');
    // ../shared/data/prices/NVDA.csv: 225.32000732421875, the float32 of 225.32.
    expect(before.close.at(-1)).toBe(225.32);
    const seen = market.dataVersion;
    // Another process (here: a direct write with its run record) revises the last bar.
    await writePriceSeries(deps.store.db, {
      series: [
        {
          ticker: 'NVDA',
          file: 'revision',
          bars: [
            { date: '2026-05-15', open: 1, high: 1, low: 1, close: 1, adjClose: 1, volume: 1 },
          ],
        },
      ],
      source: 'csv',
    });
    const after = await market.load('NVDA');
    expect(after.close.at(-1)).toBe(1);
    expect(market.dataVersion).toBeGreaterThan(seen);
  });
});
