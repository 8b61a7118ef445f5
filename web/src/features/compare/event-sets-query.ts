import { queryOptions } from '@tanstack/react-query';
import { api, okJson } from '../../api/client';

export const eventSetsKeys = { all: ['event-sets'] as const };

/** The curated and saved event sets. */
export const eventSetsQuery = () =>
  queryOptions({
    queryKey: eventSetsKeys.all,
    queryFn: async ({ signal }) => okJson(await api['event-sets'].$get({}, { init: { signal } })),
    staleTime: 5 * 60_000,
  });
