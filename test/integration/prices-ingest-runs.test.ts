import { type Bar, healthResponseSchema } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { marketValueChange, sharesOn } from '../../server/src/features/prices/market-value';
import {
  NetworkUnreachableError,
  UpstreamError,
} from '../../server/src/features/prices/price-errors';
import { ingestPrices } from '../../server/src/features/prices/price-ingest.service';
import { priceSourceStatus } from '../../server/src/features/prices/price-source-status';
import { barsFingerprint, lastRun } from '../../server/src/features/prices/price-store.testing';
import { readBars } from '../../server/src/features/prices/prices.repo';
import { QUOTE_SHARES_SOURCE } from '../../server/src/features/prices/share-count-refresh';
import { createYahooAdapter } from '../../server/src/features/prices/yahoo.adapter';
import {
  barAt,
  chartBody,
  chartFetch,
  type Respond,
} from '../../server/src/features/prices/yahoo-chart.testing';
import {
  crumbFixtures,
  fixtureFetch,
  ownFixture,
} from '../../server/src/features/prices/yahoo-fixture-fetch';
import { silentLogger } from '../../server/src/logger';
import { endBarsAt } from '../support/bars-end';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

// Tuesday 6 January 2026, 17:00 New York; the store is cut back to 31 December 2025.
const NOW = Date.parse('2026-01-06T22:00:00Z');

let deps: TestDeps;
beforeAll(async () => {
  deps = await freshDeps();
  await endBarsAt(deps.store.db, '2025-12-31');
});
afterAll(() => deps?.cleanup());

/** The chart Yahoo would send for `ticker`: its stored last sessions and two new ones. */
async function goodChart(ticker: string): Promise<Respond> {
  const old = (await readBars(deps.store.db, { tickers: [ticker], from: '2025-12-24' })).get(
    ticker,
  );
  const last = old?.at(-1)?.close ?? 100;
  const bars: Bar[] = [
    ...(old ?? []),
    barAt('2026-01-02', last + 1),
    barAt('2026-01-05', last + 2),
  ];
  const body = chartBody({ symbol: ticker, session: '2026-01-06', bars });
  return () => new Response(body);
}

const unreachable: Respond = () => {
  const cause = Object.assign(new Error('getaddrinfo ENOTFOUND query2.finance.yahoo.com'), {
    code: 'ENOTFOUND',
  });
  throw new TypeError('fetch failed', { cause });
};

function run(fetchFn: typeof fetch, tickers: string[], extra: { sleeps?: number[] } = {}) {
  return ingestPrices({
    db: deps.store.db,
    provider: createYahooAdapter({ fetch: fetchFn, now: () => NOW }),
    log: silentLogger,
    tickers,
    now: () => NOW,
    shareCountMaxAgeDays: null,
    sleep: async (ms) => void extra.sleeps?.push(ms),
    random: () => 0,
  });
}

describe(`price update runs on ${storeKind}`, () => {
  it("gives NVDA's loss of 27 January 2025 in dollars from the stored closes and shares", async () => {
    const [fri, mon] = (
      await readBars(deps.store.db, { tickers: ['NVDA'], from: '2025-01-24', to: '2025-01-27' })
    ).get('NVDA')!;
    const move = await marketValueChange(deps, {
      ticker: 'NVDA',
      date: mon!.date,
      prevClose: fri!.close,
      close: mon!.close,
    });
    // Reported at $589-593 billion; 24,477 million shares (10-K FY2025) x (118.42 - 142.62).
    expect(move).toMatchObject({ ticker: 'NVDA', date: '2025-01-27', shares: 24_477_000_000 });
    expect(move!.change).toBeGreaterThan(-593e9);
    expect(move!.change).toBeLessThan(-589e9);
    expect(move!.source).toMatch(/^NVDA 10-K FY2025 balance sheet/);
  });

  it("one ticker's failure leaves the others to update", async () => {
    const amd = await barsFingerprint(deps.store.db, 'AMD');
    const fake = chartFetch({
      AMD: () => new Response('Internal Server Error', { status: 500 }),
      MSFT: await goodChart('MSFT'),
      NVDA: await goodChart('NVDA'),
    });
    const report = await run(fake.fetch, ['AMD', 'MSFT', 'NVDA']);
    expect(report.outcomes.map((o) => [o.ticker, o.status])).toEqual([
      ['AMD', 'failed'],
      ['MSFT', 'updated'],
      ['NVDA', 'updated'],
    ]);
    expect(report.outcomes[0]?.error).toBeInstanceOf(UpstreamError);
    expect(await barsFingerprint(deps.store.db, 'AMD')).toEqual(amd);
    // 5 refetched and 2 new sessions for each of the two.
    expect(report.rowsWritten).toBe(14);
    const recorded = await lastRun(deps.store.db, 'yahoo');
    expect(recorded?.status).toBe('ok');
    expect(recorded?.message).toMatch(
      /^3 tickers: 2 updated, 14 bars written, 1 failed \(AMD: upstream answered HTTP 500/,
    );
    expect(priceSourceStatus(report, { nextAttemptAt: null })).toMatchObject({
      state: 'failing',
      message: expect.stringMatching(/^Yahoo Finance failed for 1 of 3 tickers: AMD: upstream/),
    });
  });

  it('an unreachable network stops the run at once and defers the rest; health says offline', async () => {
    const fake = chartFetch({ AMD: unreachable, MSFT: unreachable, NVDA: unreachable });
    const report = await run(fake.fetch, ['AMD', 'MSFT', 'NVDA']);
    expect(fake.calls).toEqual(['AMD']);
    expect(report.outcomes.map((o) => o.status)).toEqual(['failed', 'deferred', 'deferred']);
    expect(report.stoppedBy).toBeInstanceOf(NetworkUnreachableError);
    expect(await lastRun(deps.store.db, 'yahoo')).toMatchObject({ status: 'failed' });

    const nextAttemptAt = '2026-01-06T22:05:00.000Z';
    deps.sources.report(priceSourceStatus(report, { nextAttemptAt }));
    const res = await createApp(deps).request('/api/health');
    const health = healthResponseSchema.parse(await res.json());
    expect(health.status).toBe('degraded');
    expect(health.sources.find((s) => s.source === 'yahoo')).toMatchObject({
      state: 'offline',
      // The last good data: the sessions the previous test stored from Yahoo.
      dataAsOf: '2026-01-05',
      message:
        'Yahoo Finance is unreachable: AMD: network unreachable (ENOTFOUND). Next try at 2026-01-06T22:05:00.000Z.',
    });
  });

  it('a rate limit is waited out once, with jitter, then the ticker updates', async () => {
    let answered = 0;
    const good = await goodChart('AMD');
    const fake = chartFetch({
      AMD: () => (answered++ === 0 ? new Response('', { status: 429 }) : good()),
    });
    const sleeps: number[] = [];
    const report = await run(fake.fetch, ['AMD'], { sleeps });
    expect(fake.calls).toEqual(['AMD', 'AMD']);
    expect(sleeps).toEqual([2_000]);
    expect(report.outcomes[0]?.status).toBe('updated');
  });

  it('a 503 with an HTML body is waited out once too, then the ticker updates; a 404 is not', async () => {
    let answered = 0;
    const good = await goodChart('AVGO');
    const html = '<!doctype html><html><body><h1>Service Unavailable</h1></body></html>';
    const fake = chartFetch({
      AVGO: () =>
        answered++ === 0
          ? new Response(html, { status: 503, headers: { 'content-type': 'text/html' } })
          : good(),
      INTC: () => new Response('Not Found', { status: 404 }),
    });
    const sleeps: number[] = [];
    const report = await run(fake.fetch, ['AVGO', 'INTC'], { sleeps });
    // AVGO: 503, a wait of 2 s (base, no Retry-After, jitter 0), then the chart. INTC: once.
    expect(fake.calls).toEqual(['AVGO', 'AVGO', 'INTC']);
    expect(sleeps).toEqual([2_000]);
    expect(report.outcomes.map((o) => o.status)).toEqual(['updated', 'failed']);
  });

  it("stores today's share count from the quote, used from then on", async () => {
    const charts = chartFetch(
      { AAPL: await goodChart('AAPL') },
      fixtureFetch([...crumbFixtures(), ownFixture('quote-AAPL.json')]).fetch,
    );
    const report = await ingestPrices({
      db: deps.store.db,
      provider: createYahooAdapter({ fetch: charts.fetch, now: () => NOW }),
      log: silentLogger,
      tickers: ['AAPL'],
      now: () => NOW,
      shareCountMaxAgeDays: 7,
    });
    expect(report.outcomes[0]?.status).toBe('updated');
    expect(await sharesOn(deps, 'AAPL', '2026-01-06')).toEqual({
      shares: 15_037_899_776,
      asOf: '2026-01-06',
      source: QUOTE_SHARES_SOURCE,
    });
    // Before that date the filings still rule: the 10-K FY2024 cover of 18 Oct 2024.
    expect(await sharesOn(deps, 'AAPL', '2025-01-27')).toMatchObject({
      shares: 15_115_823_000,
      asOf: '2024-10-18',
    });
  });
});
