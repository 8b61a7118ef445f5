import type { EventCategory, EventOrigin } from '@aftershock/shared';
import { categories, origins } from '../../ui/category-labels';
import { parseTickers } from './default-tickers';

export type PriceMode = 'rebased' | 'raw';
export type AxisScale = 'linear' | 'log';

/** Everything the timeline shows, read from the URL. */
export interface TimelineFilters {
  tickers: string[];
  categories: EventCategory[];
  origins: EventOrigin[];
  q: string;
  from: string | undefined;
  to: string | undefined;
  mode: PriceMode;
  axis: AxisScale;
}

const list = (param: string | null) => (param ? param.split(',').filter(Boolean) : []);

export function readTimelineFilters(params: URLSearchParams): TimelineFilters {
  const isDate = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined);
  return {
    tickers: parseTickers(params.get('tickers')),
    categories: list(params.get('cat')).flatMap((c) => categories.filter((k) => k === c)),
    origins: list(params.get('origin')).flatMap((o) => origins.filter((k) => k === o)),
    q: params.get('q') ?? '',
    from: isDate(params.get('from')),
    to: isDate(params.get('to')),
    mode: params.get('scale') === 'raw' ? 'raw' : 'rebased',
    axis: params.get('axis') === 'log' ? 'log' : 'linear',
  };
}
