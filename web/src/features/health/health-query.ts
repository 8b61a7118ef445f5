import { queryOptions } from '@tanstack/react-query';
import { api, okJson } from '../../api/client';

export const healthKeys = { all: ['health'] as const };

export const healthQuery = () =>
  queryOptions({
    queryKey: healthKeys.all,
    queryFn: async ({ signal }) => okJson(await api.health.$get(undefined, { init: { signal } })),
    staleTime: 60_000,
    // The footer shows each source's state: ask again each minute so it follows the server.
    refetchInterval: 60_000,
  });
