import type { AppDeps } from '../../app-deps';
import { referenceData } from '../analysis/reference-data';

/**
 * Loads what the dashboard's first view reads (the catalogue's bars, the calendar, companies and
 * events) right after start, so the first visitor does not wait for the store.
 */
export async function warmUp(deps: AppDeps, options: { maxTickers?: number } = {}): Promise<void> {
  const ref = await referenceData(deps);
  const companies = await ref.companies;
  await ref.events;
  const tickers = companies
    .filter((c) => c.origin === 'catalogue' && c.lastDate !== null)
    .slice(0, options.maxTickers ?? 50)
    .map((c) => c.ticker);
  await deps.market.sessions();
  for (const t of tickers) await deps.market.bars(t);
}
