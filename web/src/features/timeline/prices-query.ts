import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, okJson } from '../../api/client';

export interface PricesParams {
  tickers: readonly string[];
  from?: string | undefined;
  to?: string | undefined;
}

export const pricesKeys = {
  all: ['prices'] as const,
  range: (p: PricesParams) =>
    [...pricesKeys.all, { from: p.from, to: p.to, tickers: [...p.tickers] }] as const,
};

/** Daily bars of the tickers; the timeline asks for the whole history and zooms locally. */
export const pricesQuery = (p: PricesParams) =>
  queryOptions({
    queryKey: pricesKeys.range(p),
    queryFn: async ({ signal }) =>
      okJson(
        await api.prices.$get(
          {
            query: {
              tickers: p.tickers.join(','),
              ...(p.from && { from: p.from }),
              ...(p.to && { to: p.to }),
            },
          },
          { init: { signal } },
        ),
      ),
    enabled: p.tickers.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
