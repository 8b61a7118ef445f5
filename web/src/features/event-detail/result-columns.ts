import type { TickerResult } from '@aftershock/shared';

/** `w0`, `w1`...: the CAR of the study's first, second... CAR window. */
export type SortKey =
  | 'ticker'
  | 'day0Return'
  | 'day0Ar'
  | 'car'
  | 't'
  | 'p'
  | 'beta'
  | 'r2'
  | 'mv'
  | `w${number}`;

const day0 = (r: TickerResult) => r.days.find((d) => d.offset === 0);

/** The figure a column shows and sorts by; null sorts last. */
export function sortValue(r: TickerResult, key: SortKey): number | string | null {
  switch (key) {
    case 'ticker':
      return r.ticker;
    case 'day0Return':
      return day0(r)?.return ?? null;
    case 'day0Ar':
      return day0(r)?.abnormalReturn ?? null;
    case 'car':
      return r.car;
    case 't':
      return r.carTStat;
    case 'p':
      return r.carPValue;
    case 'beta':
      return r.beta;
    case 'r2':
      return r.r2;
    case 'mv':
      return r.marketValueChange;
    default:
      return r.windowCars[Number(key.slice(1))]?.car ?? null;
  }
}

/** Sorted copy: excluded tickers and missing figures always at the bottom. */
export function sortResults(
  results: readonly TickerResult[],
  key: SortKey,
  dir: 'asc' | 'desc',
): TickerResult[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...results].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'ok' ? -1 : 1;
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'string' || typeof y === 'string')
      return sign * String(x).localeCompare(String(y));
    return sign * (x - y);
  });
}

export const sortKeys: readonly SortKey[] = [
  'ticker',
  'day0Return',
  'day0Ar',
  'car',
  't',
  'p',
  'beta',
  'r2',
  'mv',
];
