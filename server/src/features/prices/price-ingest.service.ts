import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { recordRun } from '../../store/ingest-runs';
import type { Database } from '../../store/schema';
import { type BackoffPolicy, backoffDelay, sleep as realSleep } from './backoff';
import { shortestFloat32 } from './csv-price-file';
import { DEFAULT_BACKFILL_FROM, fetchFrom, newYorkDate } from './ingest-window';
import { type Adjustment, planAdjustments } from './price-adjustments';
import { PriceProviderError, RateLimitedError, UpstreamError } from './price-errors';
import { applyAdjustment, firstStoredDate, storedPoints, storedSpans } from './price-ingest.repo';
import {
  isSourceWide,
  logLevelOf,
  type PriceIngestReport,
  summarise,
  type TickerOutcome,
} from './price-ingest.report';
import type {
  DailyBars,
  PriceProvider,
  ProviderBar,
  SharesOutstandingProvider,
} from './price-provider.port';
import { upsertBars } from './prices.repo';
import { refreshShareCount } from './share-count-refresh';

type Db = Kysely<Database>;

/** After this many retryable failures in a row (timeouts, 5xx), the source counts as down. */
const MAX_RETRYABLE_IN_A_ROW = 3;

export interface PriceIngestOptions {
  db: Db;
  provider: PriceProvider & Partial<SharesOutstandingProvider>;
  log: Logger;
  /** Default: every stored company. */
  tickers?: readonly string[] | undefined;
  /** Fetch from this date, or earlier when the stored series needs it (see `fetchFrom`). */
  from?: string | undefined;
  now?: () => number;
  /** Stops the run between and during fetches (server shutdown). */
  signal?: AbortSignal | undefined;
  onProgress?: (progress: { done: number; total: number; ticker: string }) => void;
  /** Rate limits: how many retries per ticker and how long to wait; default 1, 2 s, 60 s. */
  rateLimit?: { retries: number } & BackoffPolicy;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Refresh a share count older than this many days through `quote()`; null: never. */
  shareCountMaxAgeDays?: number | null;
}

/**
 * Fetches and stores the daily bars of each ticker, one after the other. Each ticker is fetched
 * whole before anything is written and written in its own transaction, so a failed fetch stores
 * nothing and one ticker's failure leaves the others alone. A source-wide failure (unreachable,
 * rate limited after its retry, or several timeouts in a row) defers the remaining tickers to the
 * next run instead of failing each of them the same way. The run is recorded in `ingest_runs`:
 * failed when no ticker could be updated.
 */
export async function ingestPrices(options: PriceIngestOptions): Promise<PriceIngestReport> {
  const { db, provider, log } = options;
  const now = options.now ?? Date.now;
  const companies = await db.selectFrom('companies').select(['ticker', 'kind']).execute();
  const kinds = new Map(companies.map((c) => [c.ticker, c.kind]));
  const tickers = options.tickers ?? companies.map((c) => c.ticker).sort();
  const spans = await storedSpans(db, tickers);
  const backfillFrom = (await firstStoredDate(db)) ?? DEFAULT_BACKFILL_FROM;
  const report: PriceIngestReport = {
    source: provider.source,
    startedAt: new Date(now()).toISOString(),
    finishedAt: '',
    outcomes: [],
    rowsWritten: 0,
    rowsChanged: 0,
    stoppedBy: null,
  };
  const quotes: SharesOutstandingProvider | null =
    provider.fetchSharesOutstanding && options.shareCountMaxAgeDays !== null
      ? { fetchSharesOutstanding: provider.fetchSharesOutstanding.bind(provider) }
      : null;
  let sharesOff = quotes === null;
  let retryableInARow = 0;

  const run = async () => {
    for (const [i, ticker] of tickers.entries()) {
      options.signal?.throwIfAborted();
      const outcome = await (async (): Promise<TickerOutcome> => {
        if (report.stoppedBy) return deferred(ticker);
        const span = spans.get(ticker) ?? { last: null, firstProvisional: null };
        const today = newYorkDate(now());
        const from = fetchFrom({ ...span, requested: options.from, backfillFrom, today });
        try {
          const fetched = await fetchWithRetry({ ...options, ticker, from });
          const { written, changed, adjustments } = await writeFetched(db, {
            ticker,
            fetched,
            source: provider.source,
          });
          for (const a of adjustments) {
            log.info({ ticker, ...a }, 'rescaled the stored history for a split or dividend');
          }
          for (const note of fetched.notes ?? []) log.info({ ticker }, note);
          retryableInARow = 0;
          return {
            ticker,
            status: 'updated',
            from,
            barsWritten: written,
            barsChanged: changed,
            adjustments,
            error: null,
          };
        } catch (err) {
          if (options.signal?.aborted) throw err;
          const error = err instanceof Error ? err : new Error(String(err));
          log[logLevelOf(error)]({ ticker, from, err: error }, 'price update failed');
          retryableInARow =
            error instanceof PriceProviderError && error.retryable ? retryableInARow + 1 : 0;
          if (
            error instanceof PriceProviderError &&
            (isSourceWide(error) || retryableInARow >= MAX_RETRYABLE_IN_A_ROW)
          ) {
            report.stoppedBy = error;
          }
          const failed = { barsWritten: 0, barsChanged: 0, adjustments: [], error };
          return { ticker, status: 'failed', from, ...failed };
        }
      })();
      report.outcomes.push(outcome);
      report.rowsWritten += outcome.barsWritten;
      report.rowsChanged += outcome.barsChanged;
      if (outcome.status === 'updated' && quotes && !sharesOff && kinds.get(ticker) !== 'index') {
        const ok = await refreshShareCount({
          db,
          provider: quotes,
          log,
          ticker,
          maxAgeDays: options.shareCountMaxAgeDays ?? 7,
          now,
          signal: options.signal,
        });
        // A share count is a nicety: once the quote endpoint fails, spare it for this run.
        if (!ok) sharesOff = true;
      }
      options.onProgress?.({ done: i + 1, total: tickers.length, ticker });
    }
    report.finishedAt = new Date(now()).toISOString();
    const message = summarise(report);
    const updated = report.outcomes.some((o) => o.status === 'updated');
    if (!updated && report.outcomes.length > 0) throw new PriceIngestFailed(message);
    log.info({ source: provider.source, rowsWritten: report.rowsWritten }, message);
    return { rowsWritten: report.rowsWritten, rowsChanged: report.rowsChanged, message };
  };

  try {
    await recordRun(db, { kind: 'prices', source: provider.source, log }, run);
  } catch (error) {
    if (!(error instanceof PriceIngestFailed)) throw error;
    log.warn({ source: provider.source }, error.message);
  }
  return report;
}

/** Every ticker failed or was deferred: the run is recorded as failed, the report still returned. */
class PriceIngestFailed extends Error {
  override readonly name = 'PriceIngestFailed';
}

function deferred(ticker: string): TickerOutcome {
  const nothing = { barsWritten: 0, barsChanged: 0, adjustments: [], error: null };
  return { ticker, status: 'deferred', from: null, ...nothing };
}

/**
 * One fetch, retried with backoff while the policy allows after a rate limit (429) or a failure
 * on Yahoo's side that may pass (5xx, whatever its body, a dropped connection); anything else is
 * thrown at once. A timeout is not retried here: the next run comes soon enough.
 */
async function fetchWithRetry(
  options: PriceIngestOptions & { ticker: string; from: string },
): Promise<DailyBars> {
  const { provider, ticker, from, signal, log } = options;
  const policy = options.rateLimit ?? { retries: 1, baseMs: 2_000, maxMs: 60_000 };
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await provider.fetchDailyBars({ ticker, from, signal });
    } catch (error) {
      const passing =
        error instanceof RateLimitedError || (error instanceof UpstreamError && error.retryable);
      if (!passing || attempt >= policy.retries) throw error;
      const wait = backoffDelay({
        attempt,
        retryAfterSeconds: error instanceof RateLimitedError ? error.retryAfterSeconds : null,
        policy,
        random: options.random ?? Math.random,
      });
      if (wait === null) throw error;
      log.warn({ ticker, waitMs: wait, err: error.message }, 'waiting before one more try');
      await sleep(wait, signal);
    }
  }
}

/**
 * Writes one fetch in one transaction: first the rescale of the stored history for the splits and
 * dividends it reports (see `planAdjustments`), then the fresh bars over their dates.
 * `beforeWrite` runs first in the same transaction (adding a company row with its first bars).
 */
export async function writeFetched(
  db: Db,
  options: {
    ticker: string;
    fetched: DailyBars;
    source: string;
    beforeWrite?: (trx: Db) => Promise<void>;
  },
): Promise<{ written: number; changed: number; adjustments: Adjustment[] }> {
  const { ticker, fetched, source } = options;
  const bars = fetched.bars.map(tidy);
  return db.transaction().execute(async (trx) => {
    await options.beforeWrite?.(trx);
    let written = 0;
    let changed = 0;
    let adjustments: Adjustment[] = [];
    if (fetched.splits.length > 0 || fetched.dividends.length > 0) {
      adjustments = planAdjustments({
        ticker,
        splits: fetched.splits,
        dividends: fetched.dividends,
        fresh: bars,
        stored: await storedPoints(trx, ticker),
      });
      for (const adjustment of adjustments) {
        const rescaled = await applyAdjustment(trx, { ticker, adjustment });
        written += rescaled;
        changed += rescaled;
      }
    }
    if (bars.length > 0) {
      written += bars.length;
      changed += await upsertBars(trx, { ticker, bars, source });
    }
    return { written, changed, adjustments };
  });
}

/** Yahoo sends float32 figures (142.62 as 142.6199951171875): store the decimal it meant. */
function tidy(bar: ProviderBar): ProviderBar {
  return {
    ...bar,
    open: shortestFloat32(bar.open),
    high: shortestFloat32(bar.high),
    low: shortestFloat32(bar.low),
    close: shortestFloat32(bar.close),
    adjClose: shortestFloat32(bar.adjClose),
  };
}
