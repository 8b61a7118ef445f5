import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, okJson } from '../../api/client';
import { windowApiQuery } from '../event-detail/window-params';
import type { CompareSettings } from './compare-params';

export const heatmapKeys = {
  all: ['heatmap'] as const,
  matrix: (events: readonly string[], s: CompareSettings) =>
    [...heatmapKeys.all, { ...s, events: [...events] }] as const,
};

/** The API query of the heatmap; the downloads use the same. */
export function heatmapApiQuery(events: readonly string[], s: CompareSettings) {
  return {
    ...windowApiQuery(s),
    ...(events.length > 0 && { events: events.join(',') }),
    ...(s.sets.length > 0 && { sets: s.sets.join(',') }),
  };
}

/** CAR of every ticker around every event. */
export const heatmapQuery = (events: readonly string[], s: CompareSettings) =>
  queryOptions({
    queryKey: heatmapKeys.matrix(events, s),
    queryFn: async ({ signal }) =>
      okJson(await api.heatmap.$get({ query: heatmapApiQuery(events, s) }, { init: { signal } })),
    enabled: (events.length > 0 || s.sets.length > 0) && s.tickers.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
