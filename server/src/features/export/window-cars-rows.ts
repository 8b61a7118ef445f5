import { type CsvCell, carWindowLabel, type WindowResult } from '@aftershock/shared';

export const windowCarColumns = [
  'ticker',
  'window',
  'from',
  'to',
  'car',
  'car_t',
  'car_p',
  'sessions',
  'reason',
] as const;

/** One row per ticker and CAR window, then the CAAR of each window over the tickers. */
export function windowCarRows(w: WindowResult): CsvCell[][] {
  const cars = w.results.flatMap((r) =>
    r.windowCars.map((c) => [
      r.ticker,
      carWindowLabel(c),
      c.from,
      c.to,
      c.car,
      c.carTStat,
      c.carPValue,
      c.sessions,
      c.reason,
    ]),
  );
  const caar = w.windowAggregates.map((a) => {
    const bmp = a.tests.find((t) => t.id === 'bmp-kp') ?? a.tests.find((t) => t.id === 'bmp');
    const test = bmp ? `t and p: ${bmp.name}` : null;
    const stat = [bmp?.statistic ?? null, bmp?.pValue ?? null];
    return ['CAAR', carWindowLabel(a), a.from, a.to, a.caar, ...stat, a.n, test];
  });
  return [...cars, ...caar];
}
