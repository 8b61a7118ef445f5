import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  InvalidResponseError,
  NetworkUnreachableError,
  ProviderTimeoutError,
  RateLimitedError,
  SymbolNotFoundError,
  UpstreamError,
} from './price-errors';
import { createYahooAdapter } from './yahoo.adapter';
import { crumbFixtures, fixtureFetch, ownFixture } from './yahoo-fixture-fetch';

const NOW = Date.parse('2024-06-15T00:00:00Z');
const request = { ticker: 'NVDA', from: '2024-06-06', to: '2024-06-12' } as const;

/** The recorded NVDA chart, typed just enough to edit it. */
const chartBody = z.looseObject({
  chart: z.looseObject({
    result: z.tuple([
      z.looseObject({
        meta: z.record(z.string(), z.unknown()),
        timestamp: z.array(z.number()),
        indicators: z.looseObject({
          quote: z.tuple([z.record(z.string(), z.array(z.number().nullable()))]),
          adjclose: z.tuple([z.looseObject({ adjclose: z.array(z.number().nullable()) })]),
        }),
      }),
    ]),
  }),
});
const nvdaText = ownFixture('chart-NVDA-2024-06-06-to-2024-06-12.json').body;
const nvda = () => chartBody.parse(JSON.parse(nvdaText)).chart.result[0];
const bodyOf = (result: ReturnType<typeof nvda>) => JSON.stringify({ chart: { result: [result] } });

const answering =
  (respond: () => Response | Promise<Response>): typeof fetch =>
  async () =>
    respond();

function adapterAnswering(respond: () => Response | Promise<Response>, timeoutMs = 1_000) {
  return createYahooAdapter({ fetch: answering(respond), now: () => NOW, timeoutMs });
}

const bars = (respond: () => Response | Promise<Response>) =>
  adapterAnswering(respond).fetchDailyBars(request);

describe('Yahoo adapter faults', () => {
  it('429 with Retry-After in seconds is RateLimitedError carrying the delay', async () => {
    const failure = bars(
      () => new Response('', { status: 429, headers: { 'retry-after': '120' } }),
    );
    await expect(failure).rejects.toBeInstanceOf(RateLimitedError);
    await expect(failure).rejects.toMatchObject({ retryAfterSeconds: 120, retryable: true });
  });

  it('429 with Retry-After as a date counts the seconds from the injected clock', async () => {
    // NOW is 2024-06-15T00:00:00Z; the date is 90 s later.
    const headers = { 'retry-after': 'Sat, 15 Jun 2024 00:01:30 GMT' };
    await expect(bars(() => new Response('', { status: 429, headers }))).rejects.toMatchObject({
      name: 'RateLimitedError',
      retryAfterSeconds: 90,
    });
  });

  it('429 without Retry-After is RateLimitedError with no delay', async () => {
    await expect(
      bars(() => new Response('Too Many Requests', { status: 429 })),
    ).rejects.toMatchObject({
      name: 'RateLimitedError',
      retryAfterSeconds: null,
      ticker: 'NVDA',
    });
  });

  it('500 is a retryable UpstreamError', async () => {
    const failure = bars(() => new Response('Internal Server Error', { status: 500 }));
    await expect(failure).rejects.toBeInstanceOf(UpstreamError);
    await expect(failure).rejects.toMatchObject({ status: 500, retryable: true, code: 'upstream' });
  });

  it('a truncated body is InvalidResponseError', async () => {
    const cut = nvdaText.slice(0, Math.floor(nvdaText.length / 2));
    const failure = bars(() => new Response(cut, { status: 200 }));
    await expect(failure).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(failure).rejects.toMatchObject({ field: '(body)', retryable: false });
  });

  it('a missing meta field (caught by yahoo-finance2) is InvalidResponseError naming it', async () => {
    const result = nvda();
    delete result.meta.exchangeTimezoneName;
    const failure = bars(() => new Response(bodyOf(result)));
    await expect(failure).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(failure).rejects.toMatchObject({
      field: 'meta.exchangeTimezoneName',
      cause: expect.objectContaining({ name: 'FailedYahooValidationError' }),
    });
    await expect(failure).rejects.toThrow(/NVDA.*meta\.exchangeTimezoneName/);
  });

  it('a field our own schema rejects is InvalidResponseError naming it', async () => {
    const result = nvda();
    result.meta.currency = '';
    const failure = bars(() => new Response(bodyOf(result)));
    await expect(failure).rejects.toMatchObject({
      name: 'InvalidResponseError',
      field: 'meta.currency',
    });
  });

  it('a chart answered for another symbol is InvalidResponseError', async () => {
    const result = nvda();
    result.meta.symbol = 'META';
    await expect(bars(() => new Response(bodyOf(result)))).rejects.toMatchObject({
      name: 'InvalidResponseError',
      field: 'meta.symbol',
    });
  });

  it('a close series shorter than the timestamps is InvalidResponseError', async () => {
    const result = nvda();
    result.indicators.quote[0].close?.pop();
    await expect(bars(() => new Response(bodyOf(result)))).rejects.toMatchObject({
      name: 'InvalidResponseError',
      field: 'indicators.quote.0.close',
    });
  });

  it('drops a bar whose close is null and keeps the others', async () => {
    const result = nvda();
    // Index 3 is 2024-06-10 (the recording starts on 2024-06-05).
    result.indicators.quote[0].close![3] = null;
    const got = await bars(() => new Response(bodyOf(result)));
    expect(got.bars.map((b) => b.date)).toEqual([
      '2024-06-06',
      '2024-06-07',
      '2024-06-11',
      '2024-06-12',
    ]);
    expect(got.notes).toEqual(['skipped 1 bar(s) with null or non-positive prices: 2024-06-10']);
  });

  it('a response whose every close is null is InvalidResponseError', async () => {
    const result = nvda();
    const quote = result.indicators.quote[0];
    quote.close = quote.close!.map(() => null);
    await expect(bars(() => new Response(bodyOf(result)))).rejects.toMatchObject({
      name: 'InvalidResponseError',
      field: 'indicators.quote.0.close',
    });
  });

  /** Repeats 2024-06-07's bar right after it, at `ts`, with the given close and adjusted close. */
  function withRepeat(options: { ts?: number; close?: number; adjClose?: number }) {
    const result = nvda();
    const quote = result.indicators.quote[0];
    const adjclose = result.indicators.adjclose[0].adjclose;
    const i = 2;
    result.timestamp.splice(i + 1, 0, options.ts ?? result.timestamp[i]!);
    for (const key of ['open', 'high', 'low', 'volume'] as const) {
      quote[key]!.splice(i + 1, 0, quote[key]![i]!);
    }
    quote.close!.splice(i + 1, 0, options.close ?? quote.close![i]!);
    adjclose.splice(i + 1, 0, options.adjClose ?? adjclose[i]!);
    return result;
  }

  it('a timestamp repeated with other prices is InvalidResponseError naming it', async () => {
    const result = withRepeat({ close: 121.5, adjClose: 121.49 });
    const failure = bars(() => new Response(bodyOf(result)));
    await expect(failure).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(failure).rejects.toMatchObject({ field: 'timestamp', retryable: false });
    await expect(failure).rejects.toThrow(/NVDA.*2024-06-07\) appears twice/);
  });

  it('a timestamp repeated with the same prices counts once', async () => {
    const got = await bars(() => new Response(bodyOf(withRepeat({}))));
    expect(got.bars.map((b) => b.date)).toEqual([
      '2024-06-06',
      '2024-06-07',
      '2024-06-10',
      '2024-06-11',
      '2024-06-12',
    ]);
  });

  it('keeps the later of two bars stamped at different times of one session', async () => {
    // Yahoo appends the live bar, stamped at the last trade, next to the one stamped at the open.
    const opening = nvda().timestamp[2]!;
    const result = withRepeat({ ts: opening + 5 * 3600, close: 121.5, adjClose: 121.49 });
    const got = await bars(() => new Response(bodyOf(result)));
    expect(got.bars.filter((b) => b.date === '2024-06-07')).toEqual([
      expect.objectContaining({ close: 121.5, adjClose: 121.49 }),
    ]);
    expect(got.bars).toHaveLength(5);
  });

  it('a fetch that never settles ends in ProviderTimeoutError within the timeout', async () => {
    const adapter = adapterAnswering(() => new Promise<Response>(() => {}), 100);
    const started = performance.now();
    const failure = adapter.fetchDailyBars(request);
    await expect(failure).rejects.toBeInstanceOf(ProviderTimeoutError);
    await expect(failure).rejects.toMatchObject({ timeoutMs: 100, retryable: true });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('a body that stops arriving ends in ProviderTimeoutError too', async () => {
    const stalled = () =>
      new Response(new ReadableStream({ start: (c) => c.enqueue(new Uint8Array([123])) }));
    const adapter = adapterAnswering(stalled, 100);
    await expect(adapter.fetchDailyBars(request)).rejects.toBeInstanceOf(ProviderTimeoutError);
  });

  it("hung requests do not hold yahoo-finance2's request queue", async () => {
    let hang = true;
    const fetchFn = answering(() =>
      hang ? new Promise<Response>(() => {}) : new Response(nvdaText),
    );
    const adapter = createYahooAdapter({ fetch: fetchFn, now: () => NOW, timeoutMs: 50 });
    // The shared queue runs 4 requests at a time; 6 hung ones would block a 7th forever.
    const hung = Array.from({ length: 6 }, () => adapter.fetchDailyBars(request));
    for (const failure of hung) await expect(failure).rejects.toBeInstanceOf(ProviderTimeoutError);
    hang = false;
    await expect(adapter.fetchDailyBars(request)).resolves.toMatchObject({ ticker: 'NVDA' });
  });

  it("the caller's abort rejects with the caller's reason, not a provider error", async () => {
    const controller = new AbortController();
    const adapter = adapterAnswering(() => new Promise<Response>(() => {}));
    const failure = adapter.fetchDailyBars({ ...request, signal: controller.signal });
    const reason = new Error('shutting down');
    controller.abort(reason);
    await expect(failure).rejects.toBe(reason);
  });

  it.each([
    ['ENOTFOUND', new Error('getaddrinfo ENOTFOUND query2.finance.yahoo.com')],
    ['ECONNREFUSED', new AggregateError([new Error('connect ECONNREFUSED 127.0.0.1:443')])],
  ])('a fetch failing with %s is NetworkUnreachableError', async (errno, cause) => {
    Object.assign(cause, { code: errno });
    const adapter = createYahooAdapter({
      fetch: async () => {
        throw new TypeError('fetch failed', { cause });
      },
      now: () => NOW,
    });
    const failure = adapter.fetchDailyBars(request);
    await expect(failure).rejects.toBeInstanceOf(NetworkUnreachableError);
    await expect(failure).rejects.toMatchObject({ errno, retryable: true, ticker: 'NVDA' });
  });

  it('a quote with no result is SymbolNotFoundError', async () => {
    const empty = ownFixture('quote-AAPL.json');
    empty.body = JSON.stringify({ quoteResponse: { result: [], error: null } });
    const fake = fixtureFetch([...crumbFixtures(), empty]);
    const adapter = createYahooAdapter({ fetch: fake.fetch, now: () => NOW });
    await expect(adapter.fetchSharesOutstanding({ ticker: 'AAPL' })).rejects.toBeInstanceOf(
      SymbolNotFoundError,
    );
  });

  it('a 503 while fetching the crumb is a retryable UpstreamError', async () => {
    const adapter = adapterAnswering(() => new Response('Service Unavailable', { status: 503 }));
    await expect(adapter.fetchSharesOutstanding({ ticker: 'AAPL' })).rejects.toMatchObject({
      name: 'UpstreamError',
      status: 503,
      retryable: true,
    });
  });
});
