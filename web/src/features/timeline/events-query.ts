import type { EventCategory, EventOrigin } from '@aftershock/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, okJson } from '../../api/client';

export interface EventsParams {
  tickers?: readonly string[] | undefined;
  categories?: readonly EventCategory[] | undefined;
  origins?: readonly EventOrigin[] | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const eventsKeys = {
  all: ['events'] as const,
  list: (p: EventsParams) =>
    [
      ...eventsKeys.all,
      'list',
      {
        tickers: p.tickers && [...p.tickers],
        categories: p.categories && [...p.categories],
        origins: p.origins && [...p.origins],
        q: p.q,
        from: p.from,
        to: p.to,
      },
    ] as const,
};

const joined = (values: readonly string[] | undefined) =>
  values && values.length > 0 ? values.join(',') : undefined;

export const eventsQuery = (p: EventsParams) =>
  queryOptions({
    queryKey: eventsKeys.list(p),
    queryFn: async ({ signal }) => {
      const query = {
        tickers: joined(p.tickers),
        category: joined(p.categories),
        origin: joined(p.origins),
        q: p.q || undefined,
        from: p.from,
        to: p.to,
      };
      const defined = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
      return okJson(await api.events.$get({ query: defined }, { init: { signal } }));
    },
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
