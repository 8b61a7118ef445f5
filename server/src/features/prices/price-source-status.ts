import type { SourceStatus } from '../health/source-registry';
import { NetworkUnreachableError, PriceProviderError, ProviderTimeoutError } from './price-errors';
import { type PriceIngestReport, sourceLabel, stopMessage } from './price-ingest.report';

/**
 * The live state of a price source after a run, for `GET /api/health`: offline when it could not
 * be reached, failing when it answered with errors (rate limits, 5xx, unreadable responses) or
 * when our side failed to store, ok otherwise, even when a symbol is unknown (that is the symbol's
 * problem, named in the message).
 */
export function priceSourceStatus(
  report: PriceIngestReport,
  options: { nextAttemptAt: string | null },
): SourceStatus {
  const next = options.nextAttemptAt ? ` Next try at ${options.nextAttemptAt}.` : '';
  const base = {
    source: report.source,
    kind: 'prices' as const,
    lastAttemptAt: report.finishedAt || report.startedAt,
    nextAttemptAt: options.nextAttemptAt,
  };
  const stop = report.stoppedBy;
  if (stop) {
    const offline = stop instanceof NetworkUnreachableError || stop instanceof ProviderTimeoutError;
    return {
      ...base,
      state: offline ? 'offline' : 'failing',
      message: `${stopMessage(report)}.${next}`,
    };
  }
  const failed = report.outcomes.filter((o) => o.status === 'failed');
  const unknown = failed.filter(
    (o) => o.error instanceof PriceProviderError && o.error.code === 'symbol_not_found',
  );
  const trouble = failed.filter((o) => !unknown.includes(o));
  if (trouble.length > 0) {
    const reasons = trouble.slice(0, 3).map((o) => o.error?.message ?? o.ticker);
    const more = trouble.length > 3 ? `; and ${trouble.length - 3} more` : '';
    return {
      ...base,
      state: 'failing',
      message: `${sourceLabel(report.source)} failed for ${trouble.length} of ${report.outcomes.length} tickers: ${reasons.join('; ')}${more}.${next}`,
    };
  }
  const message =
    unknown.length > 0
      ? `Unknown or delisted at ${sourceLabel(report.source)}: ${unknown.map((o) => o.ticker).join(', ')}.`
      : null;
  return { ...base, state: 'ok', message };
}

/** The state after a single request failed (adding a ticker), when the failure is the source's. */
export function priceSourceErrorStatus(
  source: string,
  error: PriceProviderError,
): SourceStatus | null {
  if (error.code === 'symbol_not_found' || error.code === 'aborted') return null;
  const offline = error instanceof NetworkUnreachableError || error instanceof ProviderTimeoutError;
  const label = sourceLabel(source);
  return {
    source,
    kind: 'prices',
    state: offline ? 'offline' : 'failing',
    message: offline ? `${label} is unreachable: ${error.message}` : `${label}: ${error.message}`,
    lastAttemptAt: new Date().toISOString(),
    nextAttemptAt: null,
  };
}
