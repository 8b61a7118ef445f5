import type { Adjustment } from './price-adjustments';
import {
  NetworkUnreachableError,
  PriceProviderError,
  ProviderTimeoutError,
  RateLimitedError,
} from './price-errors';

/** `deferred`: not tried, because the source as a whole was failing (offline, rate limited). */
export type TickerStatus = 'updated' | 'failed' | 'deferred';

export interface TickerOutcome {
  ticker: string;
  status: TickerStatus;
  /** The first date fetched; null when the ticker was not tried. */
  from: string | null;
  /** Bars written, fresh or rescaled. */
  barsWritten: number;
  /** Of those, the bars that were new or whose figures changed. */
  barsChanged: number;
  adjustments: Adjustment[];
  error: Error | null;
}

export interface PriceIngestReport {
  /** The provider's name: `yahoo`, `csv`. */
  source: string;
  startedAt: string;
  finishedAt: string;
  outcomes: TickerOutcome[];
  rowsWritten: number;
  /** Of those, the rows that were new or changed: what moves the data version. */
  rowsChanged: number;
  /** The failure that made the rest of the run pointless (offline, rate limited), if any. */
  stoppedBy: PriceProviderError | null;
}

/** How people call a source in messages. */
export function sourceLabel(source: string): string {
  if (source === 'yahoo') return 'Yahoo Finance';
  if (source === 'csv') return 'the CSV files';
  return source;
}

/**
 * A failure of the source, not of one symbol: once it happens, asking for the next symbol would
 * fail the same way (or make a rate limit worse), so the run stops and tries again later.
 */
export function isSourceWide(error: Error): error is PriceProviderError {
  return error instanceof NetworkUnreachableError || error instanceof RateLimitedError;
}

/**
 * Expected trouble from outside (an unknown symbol, a throttled provider) is a
 * warning; a response we cannot read or a failure of our own (the store) needs someone: error.
 */
export function logLevelOf(error: Error): 'debug' | 'warn' | 'error' {
  if (!(error instanceof PriceProviderError)) return 'error';
  // No network is a state the source registry announces once; per ticker it is detail.
  if (error instanceof NetworkUnreachableError) return 'debug';
  return error.code === 'invalid_response' ? 'error' : 'warn';
}

/** The message of a source-wide stop, in the words the CLI and health show. */
export function stopMessage(report: PriceIngestReport): string | null {
  const error = report.stoppedBy;
  if (!error) return null;
  const label = sourceLabel(report.source);
  if (error instanceof NetworkUnreachableError) return `${label} is unreachable: ${error.message}`;
  if (error instanceof ProviderTimeoutError) return `${label} is not answering: ${error.message}`;
  if (error instanceof RateLimitedError) return `${label} is rate limiting us: ${error.message}`;
  return `${label} is failing: ${error.message}`;
}

/** One line for the run's record and the log: counts, then each failure with its reason. */
export function summarise(report: PriceIngestReport): string {
  const by = (s: TickerStatus) => report.outcomes.filter((o) => o.status === s);
  const failed = by('failed');
  const deferred = by('deferred');
  const parts = [`${report.outcomes.length} tickers: ${by('updated').length} updated`];
  parts.push(`${report.rowsWritten} bars written`);
  if (failed.length > 0) {
    const reasons = failed.slice(0, 5).map((o) => o.error?.message ?? o.ticker);
    const more = failed.length > 5 ? `; and ${failed.length - 5} more` : '';
    parts.push(`${failed.length} failed (${reasons.join('; ')}${more})`);
  }
  if (deferred.length > 0) parts.push(`${deferred.length} deferred`);
  const stop = stopMessage(report);
  return stop ? `${stop}. ${parts.join(', ')}` : parts.join(', ');
}
