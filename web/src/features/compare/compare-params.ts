import type { EventCategory } from '@aftershock/shared';
import { categories } from '../../ui/category-labels';
import { readWindowSettings, type WindowSettings } from '../event-detail/window-params';
import { parseTickers } from '../timeline/default-tickers';

export interface CompareSettings extends WindowSettings {
  tickers: string[];
  categories: EventCategory[];
  /** The ticker followed across events. */
  ticker: string | null;
  /** Events picked by name (`events=`), and event sets (`sets=`); both empty: by category. */
  events: string[];
  sets: string[];
}

const idList = (v: string | null) =>
  [...new Set((v ?? '').split(','))].filter((id) => /^[a-z0-9-]{1,120}$/.test(id)).slice(0, 200);

/** The heatmap's settings: the event page's window by default (one default, from shared/). */
export function readCompareSettings(params: URLSearchParams): CompareSettings {
  const base = readWindowSettings(params);
  const tickers = parseTickers(params.get('tickers'));
  const ticker = params.get('ticker');
  return {
    ...base,
    tickers,
    categories: (params.get('cat') ?? '')
      .split(',')
      .flatMap((c) => categories.filter((k) => k === c)),
    ticker: ticker && tickers.includes(ticker) ? ticker : (tickers[0] ?? null),
    events: idList(params.get('events')),
    sets: idList(params.get('sets')).slice(0, 8),
  };
}
