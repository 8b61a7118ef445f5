import type { Bar } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InvalidResponseError,
  NetworkUnreachableError,
  type PriceProviderError,
  ProviderTimeoutError,
  RateLimitedError,
  SymbolNotFoundError,
  UpstreamError,
} from '../../server/src/features/prices/price-errors';
import { ingestPrices } from '../../server/src/features/prices/price-ingest.service';
import { barsFingerprint, lastRun } from '../../server/src/features/prices/price-store.testing';
import { readBars } from '../../server/src/features/prices/prices.repo';
import { createYahooAdapter } from '../../server/src/features/prices/yahoo.adapter';
import {
  chartBody,
  chartSymbol,
  type EditableChart,
  editChartBody,
} from '../../server/src/features/prices/yahoo-chart.testing';
import { ownFixture } from '../../server/src/features/prices/yahoo-fixture-fetch';
import { silentLogger } from '../../server/src/logger';
import { endBarsAt } from '../support/bars-end';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

// Tuesday 6 January 2026, 17:00 New York: after the close. The store is cut back to 31 December 2025.
const NOW = Date.parse('2026-01-06T22:00:00Z');

let deps: TestDeps;
let validBody: string;

beforeAll(async () => {
  deps = await freshDeps();
  await endBarsAt(deps.store.db, '2025-12-31');
  const stored = (await readBars(deps.store.db, { tickers: ['NVDA'], from: '2025-12-24' })).get(
    'NVDA',
  )!;
  const next = (date: string, close: number): Bar => ({
    date,
    open: close,
    high: close + 1,
    low: close - 1,
    close,
    adjClose: close,
    volume: 150_000_000,
  });
  validBody = chartBody({
    symbol: 'NVDA',
    session: '2026-01-06',
    bars: [
      ...stored,
      next('2026-01-02', 188.85),
      next('2026-01-05', 188.12),
      next('2026-01-06', 187.24),
    ],
  });
});
afterAll(() => deps?.cleanup());

const edited = (edit: (result: EditableChart) => void) => editChartBody(validBody, edit);

type Respond = () => Response | Promise<Response>;

async function ingestAnswering(respond: Respond, timeoutMs = 2_000) {
  const calls: string[] = [];
  const sleeps: number[] = [];
  const fetchFn: typeof fetch = async (input) => {
    const symbol = chartSymbol(input);
    if (symbol === null) throw new Error(`unexpected request ${String(input)}`);
    calls.push(symbol);
    return respond();
  };
  const provider = createYahooAdapter({ fetch: fetchFn, now: () => NOW, timeoutMs });
  const report = await ingestPrices({
    db: deps.store.db,
    provider,
    log: silentLogger,
    tickers: ['NVDA'],
    now: () => NOW,
    shareCountMaxAgeDays: null,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0,
  });
  return { report, calls, sleeps };
}

const faults: [string, Respond, abstract new (...args: never[]) => PriceProviderError, object?][] =
  [
    [
      '429 twice (once, then again after the one retry)',
      () => new Response('Too Many Requests', { status: 429, headers: { 'retry-after': '3' } }),
      RateLimitedError,
      { retryAfterSeconds: 3 },
    ],
    [
      '500 twice (once, then again after the one retry)',
      () => new Response('Internal Server Error', { status: 500 }),
      UpstreamError,
      { status: 500 },
    ],
    [
      'a truncated body',
      () => new Response(validBody.slice(0, Math.floor(validBody.length / 2))),
      InvalidResponseError,
      { field: '(body)' },
    ],
    [
      'a schema change (meta.exchangeTimezoneName missing)',
      () => new Response(edited((r) => delete r.meta.exchangeTimezoneName)),
      InvalidResponseError,
      { field: 'meta.exchangeTimezoneName' },
    ],
    [
      'null closes',
      () =>
        new Response(
          edited((r) => {
            r.indicators.quote[0].close = r.timestamp.map(() => null);
          }),
        ),
      InvalidResponseError,
      { field: 'indicators.quote.0.close' },
    ],
    [
      'duplicate timestamps with different prices',
      () =>
        new Response(
          edited((r) => {
            const quote = r.indicators.quote[0];
            r.timestamp.splice(6, 0, r.timestamp[5]!);
            for (const series of Object.values(quote)) series.splice(6, 0, series[5]!);
            quote.close![6] = 190.5;
            r.indicators.adjclose[0].adjclose.splice(6, 0, 190.5);
          }),
        ),
      InvalidResponseError,
      { field: 'timestamp' },
    ],
    ['a timeout', () => new Promise<Response>(() => {}), ProviderTimeoutError, { timeoutMs: 300 }],
    [
      'the recorded 404 of an unknown symbol',
      () => {
        const recording = ownFixture('chart-QQQQ-not-found.json');
        return new Response(recording.body, { status: 404, statusText: 'Not Found' });
      },
      SymbolNotFoundError,
    ],
    [
      'an unreachable network',
      () => {
        const cause = Object.assign(new Error('getaddrinfo ENOTFOUND query2.finance.yahoo.com'), {
          code: 'ENOTFOUND',
        });
        throw new TypeError('fetch failed', { cause });
      },
      NetworkUnreachableError,
      { errno: 'ENOTFOUND' },
    ],
  ];

describe(`price ingest faults through the Yahoo adapter on ${storeKind}`, () => {
  it.each(faults)(
    '%s: named error, stored bars untouched',
    async (_name, respond, kind, fields) => {
      const before = await barsFingerprint(deps.store.db, 'NVDA');
      const { report, calls, sleeps } = await ingestAnswering(
        respond,
        kind === ProviderTimeoutError ? 300 : 2_000,
      );
      const after = await barsFingerprint(deps.store.db, 'NVDA');

      const [outcome] = report.outcomes;
      expect(outcome?.status).toBe('failed');
      expect(outcome?.error).toBeInstanceOf(kind);
      expect(outcome?.error).toMatchObject({ ticker: 'NVDA', ...fields });
      expect(report.rowsWritten).toBe(0);
      expect(after).toEqual(before);
      expect(before.rows).toBeGreaterThan(800);
      expect(await lastRun(deps.store.db, 'yahoo')).toMatchObject({
        status: 'failed',
        rows_written: 0,
      });
      // A rate limit or a 5xx is retried once after a wait (Retry-After, else the 2 s base with
      // no jitter here), then left to the next run: never a loop.
      if (kind === RateLimitedError) {
        expect(calls).toEqual(['NVDA', 'NVDA']);
        expect(sleeps).toEqual([3_000]);
      } else if (kind === UpstreamError) {
        expect(calls).toEqual(['NVDA', 'NVDA']);
        expect(sleeps).toEqual([2_000]);
      } else {
        expect(calls).toEqual(['NVDA']);
        expect(sleeps).toEqual([]);
      }
    },
  );

  it('the same path with the unfaulted answer writes the three new sessions (the control)', async () => {
    const before = await barsFingerprint(deps.store.db, 'NVDA');
    const { report } = await ingestAnswering(() => new Response(validBody));
    expect(report.outcomes[0]).toMatchObject({
      status: 'updated',
      from: '2025-12-24',
      error: null,
    });
    const after = await barsFingerprint(deps.store.db, 'NVDA');
    expect(after.rows).toBe(before.rows + 3);
    expect(await lastRun(deps.store.db, 'yahoo')).toMatchObject({ status: 'ok', rows_written: 8 });
  });
});
