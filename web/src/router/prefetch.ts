import type { QueryClient } from '@tanstack/react-query';
import { companiesQuery } from '../features/companies/companies-query';
import { eventsQuery } from '../features/timeline/events-query';
import { pricesQuery } from '../features/timeline/prices-query';
import { readTimelineFilters } from '../features/timeline/timeline-filters';

/**
 * Starts the home page's requests while its code is still downloading, so the first chart waits
 * for the slower of the two instead of one after the other. The keys match the page's own.
 */
export function prefetchFirstPage(client: QueryClient, location: Location): void {
  if (location.pathname !== '/') return;
  // Ask for the page's code first: the browser has six connections, and the data is slower.
  void import('../features/timeline/timeline-page');
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
