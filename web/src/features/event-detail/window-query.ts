import type { WindowResult } from '@aftershock/shared';
import { keepPreviousData, type Query, queryOptions } from '@tanstack/react-query';
import { api, okJson } from '../../api/client';
import { type WindowSettings, windowApiQuery } from './window-params';

export const windowKeys = {
  all: ['window'] as const,
  event: (id: string, s: WindowSettings) => [...windowKeys.all, 'event', id, { ...s }] as const,
  at: (at: string, title: string | undefined, s: WindowSettings) =>
    [...windowKeys.all, 'at', { at, title, ...s }] as const,
};

/** The event study of a stored event. */
export const eventWindowQuery = (id: string, s: WindowSettings) =>
  queryOptions({
    queryKey: windowKeys.event(id, s),
    queryFn: async ({ signal }) =>
      okJson(
        await api.events[':id'].window.$get(
          { param: { id }, query: windowApiQuery(s) },
          { init: { signal } },
        ),
      ),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    refetchInterval: whileLive,
  });

export interface AtWindowParams {
  at: string;
  title: string | undefined;
  settings: WindowSettings & { tickers: string[] };
}

/** The same study for any time, no stored event needed (a custom event). */
export const atWindowQuery = ({ at, title, settings }: AtWindowParams) =>
  queryOptions({
    queryKey: windowKeys.at(at, title, settings),
    queryFn: async ({ signal }) =>
      okJson(
        await api.window.$get(
          {
            query: {
              ...windowApiQuery(settings),
              tickers: settings.tickers.join(','),
              at,
              ...(title && { title }),
            },
          },
          { init: { signal } },
        ),
      ),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    refetchInterval: whileLive,
  });

/**
 * A live study (its window still trading) asks again every minute, so new bars show without a
 * reload; the server answers from its cache until the data version moves.
 */
function whileLive(query: Query<WindowResult, Error, WindowResult, readonly unknown[]>) {
  return (query.state.data?.pendingSessions.length ?? 0) > 0 ? 60_000 : false;
}
