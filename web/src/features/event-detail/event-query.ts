import { queryOptions } from '@tanstack/react-query';
import { api, okJson } from '../../api/client';

export const eventKeys = {
  all: ['events', 'detail'] as const,
  detail: (id: string) => [...eventKeys.all, id] as const,
};

/** One event with its articles and its day-0 explanation. */
export const eventQuery = (id: string) =>
  queryOptions({
    queryKey: eventKeys.detail(id),
    queryFn: async ({ signal }) =>
      okJson(await api.events[':id'].$get({ param: { id } }, { init: { signal } })),
    staleTime: 60_000,
  });
