import { classifyPriceError } from './price-error-classify';
import { ProviderTimeoutError, SessionError, SymbolNotFoundError } from './price-errors';
import {
  type DailyBars,
  type DailyBarsRequest,
  dailyBarsRequestSchema,
  type PriceProvider,
  parsePriceRequest,
  type SharesOutstanding,
  type SharesOutstandingProvider,
  type SharesOutstandingRequest,
  sharesOutstandingRequestSchema,
} from './price-provider.port';
import { toDailyBars } from './yahoo-bars';
import { yahooChartSchema, yahooQuoteSchema } from './yahoo-chart.schema';
import { createYahooClient } from './yahoo-client';
import { addDays } from './yahoo-dates';
import { guardedFetch, untilAborted } from './yahoo-fetch-guard';
import { parseOrThrow } from './yahoo-parse';

export const DEFAULT_YAHOO_TIMEOUT_MS = 15_000;

export interface YahooAdapterOptions {
  /** Defaults to the global fetch, looked up at call time. */
  fetch?: typeof fetch;
  /** Epoch milliseconds; decides which bars are final and what "today" is. */
  now?: () => number;
  /** Per-request budget when the request gives none. */
  timeoutMs?: number;
}

export type YahooAdapter = PriceProvider & SharesOutstandingProvider;

/** Daily bars through yahoo-finance2's `chart()`, shares outstanding through its `quote()`. */
export function createYahooAdapter(options: YahooAdapterOptions = {}): YahooAdapter {
  const baseFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_YAHOO_TIMEOUT_MS;
  let client = createYahooClient(baseFetch);

  type Run<T> = (
    client: ReturnType<typeof createYahooClient>,
    moduleOptions: { fetch: typeof fetch; fetchOptions: RequestInit },
  ) => Promise<T>;

  /**
   * One call within its deadline. A failed cookie or crumb step is tried once more on a fresh
   * session (a new client with an empty cookie jar): Yahoo refuses stale sessions now and then.
   */
  async function withDeadline<T>(
    request: { ticker: string; signal?: AbortSignal; timeoutMs?: number },
    run: Run<T>,
  ): Promise<T> {
    try {
      return await once(request, run);
    } catch (error) {
      if (!(error instanceof SessionError)) throw error;
      client = createYahooClient(baseFetch);
      return once(request, run);
    }
  }

  async function once<T>(
    request: { ticker: string; signal?: AbortSignal; timeoutMs?: number },
    run: Run<T>,
  ): Promise<T> {
    const { ticker, signal: callerSignal } = request;
    const timeoutMs = request.timeoutMs ?? defaultTimeoutMs;
    callerSignal?.throwIfAborted();
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
    const fetch = guardedFetch({ fetch: baseFetch, signal, ticker, now });
    try {
      return await untilAborted(run(client, { fetch, fetchOptions: { signal } }), signal);
    } catch (err) {
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (timeout.aborted) throw new ProviderTimeoutError({ ticker, timeoutMs, cause: err });
      throw classifyPriceError(err, { ticker, timeoutMs });
    }
  }

  return {
    source: 'yahoo',

    async fetchDailyBars(raw: DailyBarsRequest): Promise<DailyBars> {
      const request = parsePriceRequest(dailyBarsRequestSchema, raw);
      const { ticker, from } = request;
      // No exchange's date runs more than a day ahead of UTC's, so an open end reaches every
      // session that has started by now().
      const to = request.to ?? addDays(new Date(now()).toISOString().slice(0, 10), 1);
      const chart = await withDeadline(request, async (client, moduleOptions) => {
        // One day of margin on each side: the exchange's date of a bar is not its UTC date.
        const period1 = `${addDays(from, -1)}T00:00:00Z`;
        const period2 = `${addDays(to, 2)}T00:00:00Z`;
        const result = await client.chart(
          ticker,
          { period1, period2, interval: '1d', events: 'div|split', return: 'object' },
          moduleOptions,
        );
        return parseOrThrow(yahooChartSchema, result, ticker);
      });
      return toDailyBars({ ticker, chart, from, to, nowMs: now() });
    },

    async fetchSharesOutstanding(raw: SharesOutstandingRequest): Promise<SharesOutstanding> {
      const request = parsePriceRequest(sharesOutstandingRequestSchema, raw);
      const { ticker } = request;
      const quote = await withDeadline(request, async (client, moduleOptions) => {
        const result: unknown = await client.quote(ticker, {}, moduleOptions);
        if (result === undefined) throw new SymbolNotFoundError({ ticker, detail: 'no quote' });
        return parseOrThrow(yahooQuoteSchema, result, ticker);
      });
      return { ticker, sharesOutstanding: quote.sharesOutstanding ?? null };
    },
  };
}
