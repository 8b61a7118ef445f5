import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, okJson } from '../../api/client';

export interface EventsParams {
  tickers?: readonly string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const eventsKeys = {
  all: ['events'] as const,
  list: (p: EventsParams) =>
    [...eventsKeys.all, 'list', { ...p, tickers: p.tickers && [...p.tickers] }] as const,
};

export const eventsQuery = (p: EventsParams) =>
  queryOptions({
    queryKey: eventsKeys.list(p),
    queryFn: async ({ signal }) =>
      okJson(
        await api.events.$get(
          {
            query: {
              ...(p.tickers && p.tickers.length > 0 && { tickers: p.tickers.join(',') }),
              ...(p.from && { from: p.from }),
              ...(p.to && { to: p.to }),
            },
          },
          { init: { signal } },
        ),
      ),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
