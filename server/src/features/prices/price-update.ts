import type { AppDeps } from '../../app-deps';
import type { PriceIngestReport } from './price-ingest.report';
import { ingestPrices, type PriceIngestOptions } from './price-ingest.service';
import type { PriceProvider, SharesOutstandingProvider } from './price-provider.port';
import { createYahooAdapter } from './yahoo.adapter';

type LiveProvider = PriceProvider & SharesOutstandingProvider;

const yahooByDeps = new WeakMap<AppDeps, LiveProvider>();

/**
 * The live provider of a server: the one injected in `deps`, else one Yahoo adapter per server,
 * kept so that its cookie and crumb are fetched once rather than once per request.
 */
export function priceProviderFor(deps: AppDeps): LiveProvider {
  if (deps.priceProvider) return deps.priceProvider;
  let yahoo = yahooByDeps.get(deps);
  if (!yahoo) {
    yahoo = createYahooAdapter();
    yahooByDeps.set(deps, yahoo);
  }
  return yahoo;
}

/** Updates the stored prices from the live provider, then drops the analysis caches. */
export async function updatePrices(
  deps: AppDeps,
  options: Omit<PriceIngestOptions, 'db' | 'log' | 'provider'> = {},
): Promise<PriceIngestReport> {
  const report = await ingestPrices({
    ...options,
    db: deps.store.db,
    log: deps.log,
    provider: priceProviderFor(deps),
  });
  if (report.rowsChanged > 0) deps.market.invalidate();
  return report;
}
