import type { QueryClient } from '@tanstack/react-query';
import { companiesQuery } from '../features/companies/companies-query';
import { eventsQuery } from '../features/timeline/events-query';
import { pricesQuery } from '../features/timeline/prices-query';
import { readTimelineFilters } from '../features/timeline/timeline-filters';

/** Starts loading the code of the page at this location before React mounts (the home page). */
export async function pageCode(location: Location): Promise<void> {
  if (location.pathname === '/') await import('../features/timeline/timeline-page');
}

/**
 * Starts the home page's requests before React has mounted, so they run while the code loads.
 * The query keys are the page's own, so the page finds them in the cache or in flight.
 */
export function prefetchFirstPage(client: QueryClient, location: Location): void {
  if (location.pathname !== '/') return;
  const params = new URLSearchParams(location.search);
  const f = readTimelineFilters(params);
  void client.prefetchQuery(pricesQuery({ tickers: f.tickers }));
  void client.prefetchQuery(companiesQuery());
  void client.prefetchQuery(
    eventsQuery({
      tickers: params.has('tickers') ? f.tickers : undefined,
      categories: f.categories,
      origins: f.origins,
      q: f.q,
    }),
  );
}
