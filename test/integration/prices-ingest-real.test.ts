import type { Bar } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortestFloat32 } from '../../server/src/features/prices/csv-price-file';
import { ingestPrices } from '../../server/src/features/prices/price-ingest.service';
import { readBars, upsertBars } from '../../server/src/features/prices/prices.repo';
import { createYahooAdapter } from '../../server/src/features/prices/yahoo.adapter';
import {
  fixtureFetch,
  sharedFixture,
  sharedFixturesPresent,
} from '../../server/src/features/prices/yahoo-fixture-fetch';
import { silentLogger } from '../../server/src/logger';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

/*
 * The real recorded Yahoo charts of ../shared/data/yahoo-fixtures, through the ingest path into a
 * store holding the sessions before each split on the old basis, as a store updated at the time
 * would have held them.
 */

const NOW = Date.parse('2026-01-06T22:00:00Z');
const NVDA_CHART = 'historical-via-chart-NVDA-split-2021-02-01-to-2022-01-31.csv.json';
const AAPL_CHART = 'chart-AAPL-2020-08-31-to-2020-11-07.json';

let deps: TestDeps;
beforeAll(async () => {
  if (sharedFixturesPresent) deps = await freshDeps();
});
afterAll(() => deps?.cleanup());

const yahooOn = (file: string) =>
  createYahooAdapter({ fetch: fixtureFetch([sharedFixture(file)]).fetch, now: () => NOW });

const tidy = (b: Bar): Bar => ({
  ...b,
  open: shortestFloat32(b.open),
  high: shortestFloat32(b.high),
  low: shortestFloat32(b.low),
  close: shortestFloat32(b.close),
  adjClose: shortestFloat32(b.adjClose),
});

async function stored(ticker: string, from: string, to: string) {
  return (await readBars(deps.store.db, { tickers: [ticker], from, to })).get(ticker) ?? [];
}

describe.skipIf(!sharedFixturesPresent)(
  sharedFixturesPresent
    ? `price ingest on the real Yahoo recordings, on ${storeKind}`
    : 'price ingest on the real Yahoo recordings (skipped: ../shared/data not present)',
  () => {
    it("NVDA's 4:1 split of 20 July 2021 puts the older sessions on Yahoo's own basis", async () => {
      const recorded = (
        await yahooOn(NVDA_CHART).fetchDailyBars({
          ticker: 'NVDA',
          from: '2021-02-01',
          to: '2022-01-31',
        })
      ).bars.map(tidy);
      // The store as it stood before the split: no sessions from 17 July 2021 to the recording's end.
      await deps.store.db
        .deleteFrom('daily_bars')
        .where('ticker', '=', 'NVDA')
        .where('date', '<=', '2022-01-31')
        .execute();
      const beforeSplit = recorded.filter((b) => b.date <= '2021-07-16');
      // As stored before the split: prices four times higher, a quarter of the shares traded.
      await upsertBars(deps.store.db, {
        ticker: 'NVDA',
        source: 'yahoo',
        bars: beforeSplit.map((b) => ({
          ...b,
          open: b.open * 4,
          high: b.high * 4,
          low: b.low * 4,
          close: b.close * 4,
          adjClose: b.adjClose * 4,
          volume: b.volume === null ? null : Math.round(b.volume / 4),
        })),
      });

      const report = await ingestPrices({
        db: deps.store.db,
        provider: yahooOn(NVDA_CHART),
        log: silentLogger,
        tickers: ['NVDA'],
        from: '2021-07-12',
        now: () => NOW,
        shareCountMaxAgeDays: null,
      });
      expect(report.outcomes[0]).toMatchObject({ status: 'updated', from: '2021-07-12' });
      expect(report.outcomes[0]?.adjustments).toEqual([
        {
          before: '2021-07-20',
          priceFactor: 0.25,
          shareFactor: 4,
          adjFactor: 0.25,
          reason: '4:1 split on 2021-07-20',
        },
      ]);

      // Every session of the year matches Yahoo's recorded figures (volumes to the share).
      const after = await stored('NVDA', '2021-02-01', '2022-01-31');
      expect(after).toHaveLength(252);
      for (const [i, bar] of after.entries()) {
        const want = recorded[i]!;
        expect(bar.date).toBe(want.date);
        expect(bar.close).toBe(want.close);
        expect(bar.adjClose).toBe(want.adjClose);
        expect(Math.abs((bar.volume ?? 0) - (want.volume ?? 0))).toBeLessThanOrEqual(2);
      }
      // No 4x step at the split: 18.77975 on 19 July, 18.612 on 20 July (-0.89%).
      const [jul19, jul20] = await stored('NVDA', '2021-07-19', '2021-07-20');
      expect(jul19?.close).toBe(18.77975);
      expect(jul20?.close).toBe(18.612);
      // Sessions after the response are left alone.
      expect((await stored('NVDA', '2025-01-27', '2025-01-27'))[0]?.close).toBe(118.42);
    });

    it("AAPL's split and dividend of 2020 rescale the sessions before 31 August together", async () => {
      await deps.store.db.deleteFrom('daily_bars').where('ticker', '=', 'AAPL').execute();
      // AAPL closed at 500.04 and 499.23 on 27 and 28 August 2020, before its 4:1 split; the
      // adjusted closes are as a store would have held them then.
      await upsertBars(deps.store.db, {
        ticker: 'AAPL',
        source: 'yahoo',
        bars: [
          {
            date: '2020-08-27',
            open: 508.57,
            high: 509.94,
            low: 495.33,
            close: 500.04,
            adjClose: 497.53,
            volume: 38_888_100,
          },
          {
            date: '2020-08-28',
            open: 504.05,
            high: 505.77,
            low: 498.31,
            close: 499.23,
            adjClose: 496.72,
            volume: 46_907_500,
          },
        ],
      });
      const report = await ingestPrices({
        db: deps.store.db,
        provider: yahooOn(AAPL_CHART),
        log: silentLogger,
        tickers: ['AAPL'],
        now: () => NOW,
        shareCountMaxAgeDays: null,
      });
      // $0.205 ex on 6 Nov 2020 after a close of 119.03 on 5 Nov: 1 - 0.205 / 119.03.
      const dividend = 1 - 0.205 / 119.03;
      expect(report.outcomes[0]?.adjustments).toEqual([
        {
          before: '2020-08-31',
          priceFactor: 0.25,
          shareFactor: 4,
          adjFactor: 0.25 * dividend,
          reason: '4:1 split on 2020-08-31; dividend of 0.205 going ex on 2020-11-06',
        },
      ]);
      const [aug27, aug28, aug31] = await stored('AAPL', '2020-08-27', '2020-08-31');
      // 499.23 / 4 = 124.8075: the split-adjusted close published for 28 August 2020.
      expect(aug28?.close).toBeCloseTo(124.8075, 10);
      expect(aug28?.adjClose).toBeCloseTo(496.72 * 0.25 * dividend, 10);
      expect(aug28?.volume).toBe(187_630_000);
      expect(aug27?.close).toBeCloseTo(125.01, 10);
      expect(aug31).toMatchObject({ close: 129.04, adjClose: 125.82674 });
    });
  },
);
