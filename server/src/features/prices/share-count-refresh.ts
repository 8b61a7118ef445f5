import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../store/schema';
import { newYorkDate } from './ingest-window';
import { PriceProviderError } from './price-errors';
import type { SharesOutstandingProvider } from './price-provider.port';
import { latestShareCountDate, saveShareCount } from './shares-outstanding.repo';
import { addDays } from './yahoo-dates';

/** How a share count from a live quote is labelled in the store and in a window result. */
export const QUOTE_SHARES_SOURCE = 'Yahoo Finance quote (sharesOutstanding)';

/**
 * Stores today's share count from the provider's quote unless one younger than `maxAgeDays` is
 * stored: counts move by buybacks and issues over quarters, not days. Never throws for a provider
 * failure, which only costs the dollar figures some freshness; returns false when the failure
 * is the provider's (throttled, down), so the caller stops asking during this run.
 */
export async function refreshShareCount(options: {
  db: Kysely<Database>;
  provider: SharesOutstandingProvider;
  log: Logger;
  ticker: string;
  maxAgeDays: number;
  now: () => number;
  signal?: AbortSignal | undefined;
}): Promise<boolean> {
  const { db, provider, log, ticker, signal } = options;
  const today = newYorkDate(options.now());
  const last = await latestShareCountDate(db, { ticker, source: QUOTE_SHARES_SOURCE });
  if (last !== null && addDays(last, options.maxAgeDays) > today) return true;
  try {
    const { sharesOutstanding } = await provider.fetchSharesOutstanding({ ticker, signal });
    if (sharesOutstanding === null) return true;
    await saveShareCount(db, {
      ticker,
      asOf: today,
      shares: sharesOutstanding,
      source: QUOTE_SHARES_SOURCE,
    });
    return true;
  } catch (error) {
    if (signal?.aborted || !(error instanceof PriceProviderError)) throw error;
    log.warn({ ticker, err: error }, 'share count not refreshed');
    return !error.retryable;
  }
}
