import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Bar } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCsvAdapter } from '../../server/src/features/prices/csv.adapter';
import { marketValueChange, sharesOn } from '../../server/src/features/prices/market-value';
import {
  ingestPrices,
  type PriceIngestOptions,
} from '../../server/src/features/prices/price-ingest.service';
import type { PriceProvider } from '../../server/src/features/prices/price-provider.port';
import { barsFingerprint } from '../../server/src/features/prices/price-store.testing';
import { readBars } from '../../server/src/features/prices/prices.repo';
import { createYahooAdapter } from '../../server/src/features/prices/yahoo.adapter';
import {
  barAt,
  type ChartBodyOptions,
  chartBody,
  chartFetch,
} from '../../server/src/features/prices/yahoo-chart.testing';
import { silentLogger } from '../../server/src/logger';
import { endBarsAt } from '../support/bars-end';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

// Tuesday 6 January 2026: 12:00 New York (session open) and 17:00 (closed). The store is cut back
// to Wednesday 31 December 2025, so an update refetches 24, 26, 29, 30 and 31 December.
const DURING = Date.parse('2026-01-06T17:00:00Z');
const AFTER = Date.parse('2026-01-06T22:00:00Z');

// One store for the file: each test works on its own ticker.
let deps: TestDeps;
beforeAll(async () => {
  deps = await freshDeps();
  await endBarsAt(deps.store.db, '2025-12-31');
});
afterAll(() => deps?.cleanup());

async function stored(ticker: string, from: string, to?: string): Promise<Bar[]> {
  return (await readBars(deps.store.db, { tickers: [ticker], from, to })).get(ticker) ?? [];
}

async function bar(ticker: string, date: string): Promise<Bar | undefined> {
  return (await stored(ticker, date, date))[0];
}

function ingest(provider: PriceProvider, options: Partial<PriceIngestOptions> = {}) {
  return ingestPrices({
    db: deps.store.db,
    provider,
    log: silentLogger,
    now: () => AFTER,
    shareCountMaxAgeDays: null,
    ...options,
  });
}

function yahoo(bodies: Record<string, Omit<ChartBodyOptions, 'symbol'>>, now = AFTER) {
  const answers = Object.fromEntries(
    Object.entries(bodies).map(([symbol, o]) => [
      symbol,
      () => new Response(chartBody({ symbol, ...o })),
    ]),
  );
  const fake = chartFetch(answers);
  return { provider: createYahooAdapter({ fetch: fake.fetch, now: () => now }), calls: fake.calls };
}

/** A ticker after a hypothetical 2:1 split on Monday 5 January 2026: old sessions halved. */
async function afterSplit(ticker: string): Promise<Bar[]> {
  const old = await stored(ticker, '2025-12-24');
  const halved = old.map((b) => ({
    ...b,
    open: b.open / 2,
    high: b.high / 2,
    low: b.low / 2,
    close: b.close / 2,
    adjClose: b.adjClose / 2,
    volume: b.volume === null ? null : b.volume * 2,
  }));
  return [
    ...halved,
    barAt('2026-01-02', 94.43),
    barAt('2026-01-05', 94.06),
    barAt('2026-01-06', 93.62),
  ];
}

describe(`price updates on ${storeKind}`, () => {
  it('refetches the last five stored sessions and appends the new ones', async () => {
    const before = await barsFingerprint(deps.store.db, 'AMD');
    const old = await stored('AMD', '2025-12-24');
    const { provider, calls } = yahoo({
      AMD: {
        session: '2026-01-06',
        bars: [
          ...old,
          barAt('2026-01-02', 214.16),
          barAt('2026-01-05', 223.47),
          barAt('2026-01-06', 214.35),
        ],
      },
    });
    const report = await ingest(provider, { tickers: ['AMD'] });

    expect(calls).toEqual(['AMD']);
    expect(report.outcomes).toEqual([
      expect.objectContaining({
        ticker: 'AMD',
        status: 'updated',
        from: '2025-12-24',
        barsWritten: 8,
      }),
    ]);
    expect((await barsFingerprint(deps.store.db, 'AMD')).rows).toBe(before.rows + 3);
    expect(await bar('AMD', '2026-01-05')).toMatchObject({ close: 223.47, adjClose: 223.47 });
    // Untouched history: the DeepSeek Monday as published.
    expect(await bar('AMD', '2025-01-27')).toMatchObject({ close: 115.01 });
  });

  it('a split in the response rewrites the stored history in one go, once', async () => {
    const rows = (await barsFingerprint(deps.store.db, 'NVDA')).rows;
    const response = {
      session: '2026-01-06',
      bars: await afterSplit('NVDA'),
      splits: [{ date: '2026-01-05', numerator: 2, denominator: 1 }],
    };
    const first = await ingest(yahoo({ NVDA: response }).provider, { tickers: ['NVDA'] });
    expect(first.outcomes[0]?.adjustments).toEqual([
      {
        before: '2026-01-05',
        priceFactor: 0.5,
        shareFactor: 2,
        adjFactor: 0.5,
        reason: '2:1 split on 2026-01-05',
      },
    ]);

    // By hand: 27 Jan 2025 closed at 118.42 (adjusted 118.38121) on 818,830,900 shares traded;
    // 24 Jan at 142.62; 1 Jun 2022 at 18.32.
    const check = async () => {
      const jan27 = await bar('NVDA', '2025-01-27');
      expect(jan27?.close).toBeCloseTo(59.21, 10);
      expect(jan27?.open).toBeCloseTo(62.4, 10);
      expect(jan27?.adjClose).toBeCloseTo(59.190605, 10);
      expect(jan27?.volume).toBe(1_637_661_800);
      expect((await bar('NVDA', '2025-01-24'))?.close).toBeCloseTo(71.31, 10);
      expect((await bar('NVDA', '2022-06-01'))?.close).toBeCloseTo(9.16, 10);
      // Across the split the series is continuous: 31 Dec 186.50 -> 93.25, 2 Jan 94.43.
      expect((await bar('NVDA', '2025-12-31'))?.close).toBeCloseTo(93.25, 10);
      expect((await barsFingerprint(deps.store.db, 'NVDA')).rows).toBe(rows + 3);
    };
    await check();

    // The next update sees the split again (it is within the refetched sessions): no second rescale.
    const second = await ingest(yahoo({ NVDA: response }).provider, { tickers: ['NVDA'] });
    expect(second.outcomes[0]).toMatchObject({
      status: 'updated',
      from: '2025-12-30',
      adjustments: [],
    });
    await check();

    // The dollar move of 27 Jan 2025 is the same on the new basis: 2 x 24.477e9 shares x (59.21 - 71.31).
    const shares = await sharesOn(deps, 'NVDA', '2025-01-27');
    expect(shares).toMatchObject({ shares: 48_954_000_000, asOf: '2025-01-26' });
    const move = await marketValueChange(deps, {
      ticker: 'NVDA',
      date: '2025-01-27',
      prevClose: 71.31,
      close: 59.21,
    });
    expect(move?.change).toBeCloseTo(-592_343_400_000, -4);
  });

  it('a write that fails half way leaves the rescale undone too (one transaction)', async () => {
    const before = await barsFingerprint(deps.store.db, 'GOOGL');
    const bars = await afterSplit('GOOGL');
    // A date PostgreSQL rejects makes the insert of the fresh bars fail after the rescale ran.
    const broken: PriceProvider = {
      source: 'yahoo',
      fetchDailyBars: async () => ({
        ticker: 'GOOGL',
        currency: 'USD',
        exchangeTimezone: 'America/New_York',
        bars: [...bars, barAt('2026-02-30', 93)].map((b) => ({ ...b, final: true })),
        splits: [{ date: '2026-01-05', numerator: 2, denominator: 1 }],
        dividends: [],
      }),
    };
    const report = await ingest(broken, { tickers: ['GOOGL'] });
    expect(report.outcomes[0]?.status).toBe('failed');
    expect(report.outcomes[0]?.error?.message).toMatch(/date\/time field value out of range/);
    expect(await barsFingerprint(deps.store.db, 'GOOGL')).toEqual(before);
    const recorded = await deps.store.db
      .selectFrom('price_adjustments')
      .selectAll()
      .where('ticker', '=', 'GOOGL')
      .execute();
    expect(recorded).toEqual([]);
  });

  it('a dividend rescales the adjusted closes before it and nothing else', async () => {
    // $0.91 going ex on 5 Jan 2026 after a close of 485.5 on 2 Jan: factor 1 - 0.91 / 485.5.
    const factor = 1 - 0.91 / 485.5;
    const old = await stored('MSFT', '2025-12-24');
    const bars = [
      ...old.map((b) => ({ ...b, adjClose: b.adjClose * factor })),
      { ...barAt('2026-01-02', 485.5), adjClose: 485.5 * factor },
      barAt('2026-01-05', 480.1),
    ];
    const { provider } = yahoo({
      MSFT: { session: '2026-01-06', bars, dividends: [{ date: '2026-01-05', amount: 0.91 }] },
    });
    const report = await ingest(provider, { tickers: ['MSFT'] });
    expect(report.outcomes[0]?.adjustments).toHaveLength(1);
    const jan27 = await bar('MSFT', '2025-01-27');
    expect(jan27).toMatchObject({ close: 434.56, open: 424.01, volume: 35_647_800 });
    expect(jan27?.adjClose).toBeCloseTo(430.39545 * (1 - 0.91 / 485.5), 9);
  });

  it('stores a session still trading as not final, then replaces it once closed', async () => {
    const old = await stored('META', '2025-12-24');
    const days = [barAt('2026-01-02', 650.41), barAt('2026-01-05', 658.79)];
    const live = yahoo(
      {
        META: {
          session: '2026-01-06',
          bars: [...old, ...days, barAt('2026-01-06', 655.0, 4_000_000)],
        },
      },
      DURING,
    );
    await ingest(live.provider, { tickers: ['META'], now: () => DURING });
    const finalOf = (date: string) =>
      deps.store.db
        .selectFrom('daily_bars')
        .select(['close', 'final'])
        .where('ticker', '=', 'META')
        .where('date', '=', date)
        .executeTakeFirst();
    expect(await finalOf('2026-01-06')).toEqual({ close: 655, final: false });
    expect(await finalOf('2026-01-05')).toEqual({ close: 658.79, final: true });

    const closed = yahoo({
      META: { session: '2026-01-06', bars: [...old, ...days, barAt('2026-01-06', 660.62)] },
    });
    const report = await ingest(closed.provider, { tickers: ['META'] });
    expect(report.outcomes[0]?.from).toBe('2025-12-30');
    expect(await finalOf('2026-01-06')).toEqual({ close: 660.62, final: true });
  });

  it('takes any provider: the same update from a folder of CSV files', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aftershock-csv-'));
    writeFileSync(
      path.join(dir, 'AAPL.csv'),
      [
        'date,open,high,low,close,adj_close,volume',
        '2026-01-02,272.26,277.84,269,271.01,271.01,37838100',
        '2026-01-05,270.64,271.51,266.14,267.26,267.26,45647200',
      ].join('\n'),
    );
    const report = await ingest(createCsvAdapter({ dir }), { tickers: ['AAPL'] });
    rmSync(dir, { recursive: true, force: true });
    expect(report).toMatchObject({ source: 'csv', rowsWritten: 2 });
    const rows = await deps.store.db
      .selectFrom('daily_bars')
      .select(['date', 'source'])
      .where('ticker', '=', 'AAPL')
      .where('date', '>=', '2025-12-31')
      .orderBy('date')
      .execute();
    expect(rows).toEqual([
      { date: '2025-12-31', source: 'snapshot' },
      { date: '2026-01-02', source: 'csv' },
      { date: '2026-01-05', source: 'csv' },
    ]);
  });
});
