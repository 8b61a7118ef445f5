import { defaultEventWindow, type StudyModel } from '@aftershock/shared';
import { parseTickers } from '../timeline/default-tickers';

export type WindowModel = StudyModel;
export type WindowView = 'car' | 'ar' | 'prices';

/** The study's settings as the URL holds them; defaults are the design's. */
export interface WindowSettings {
  tickers: string[] | undefined;
  pre: number;
  post: number;
  model: WindowModel;
  benchmark: string;
  estimation: [number, number];
}

export const windowDefaults = {
  pre: defaultEventWindow.pre,
  post: defaultEventWindow.post,
  model: 'market',
  benchmark: 'QQQ',
  estimation: [-250, -11],
} as const;

export const models: readonly { id: WindowModel; label: string }[] = [
  { id: 'market', label: 'Market model (OLS)' },
  { id: 'market-adjusted', label: 'Market-adjusted (R − Rm)' },
  { id: 'raw', label: 'Raw returns' },
  { id: 'ff3', label: 'Fama-French 3 factors' },
  { id: 'carhart', label: 'Carhart 4 factors (FF3 + momentum)' },
  { id: 'ff5', label: 'Fama-French 5 factors' },
];

const side = (v: string | null, fallback: number) => {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n >= 0 && n <= 60 ? n : fallback;
};

export function readWindowSettings(params: URLSearchParams): WindowSettings {
  const model = models.find((m) => m.id === params.get('model'))?.id ?? windowDefaults.model;
  const bench = params.get('bench');
  const est = /^(-?\d{1,4}),(-?\d{1,4})$/.exec(params.get('est') ?? '');
  const a = Number(est?.[1]);
  const b = Number(est?.[2]);
  return {
    tickers: params.has('tickers') ? parseTickers(params.get('tickers')) : undefined,
    pre: side(params.get('pre'), windowDefaults.pre),
    post: side(params.get('post'), windowDefaults.post),
    model,
    benchmark:
      bench && /^(\^?[A-Za-z][A-Za-z0-9.-]{0,9}|basket(-ex)?:[a-z-]+)$/.test(bench)
        ? bench
        : windowDefaults.benchmark,
    estimation: est && a <= b ? [a, b] : [...windowDefaults.estimation],
  };
}

/** The API query of a study: the same string serves the JSON view and the downloads. */
export function windowApiQuery(s: WindowSettings): Record<string, string> {
  return {
    ...(s.tickers && s.tickers.length > 0 && { tickers: s.tickers.join(',') }),
    pre: String(s.pre),
    post: String(s.post),
    model: s.model,
    benchmark: s.benchmark,
    estimation: s.estimation.join(','),
  };
}

export const toQueryString = (q: Record<string, string>) =>
  new URLSearchParams(q).toString().replace(/%2C/g, ',');

export function readView(params: URLSearchParams): WindowView {
  const v = params.get('view');
  return v === 'ar' || v === 'prices' ? v : 'car';
}
