import { queryOptions } from '@tanstack/react-query';
import { api, okJson } from '../../api/client';

export const companiesKeys = { all: ['companies'] as const };

export const companiesQuery = () =>
  queryOptions({
    queryKey: companiesKeys.all,
    queryFn: async ({ signal }) =>
      okJson(await api.companies.$get(undefined, { init: { signal } })),
    staleTime: 5 * 60_000,
  });
