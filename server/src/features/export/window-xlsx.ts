import type { WindowResult } from '@aftershock/shared';
import ExcelJS from 'exceljs';
import { testFields, testHeaders } from './csv-export';
import { windowProvenance } from './provenance-rows';
import { windowCarColumns, windowCarRows } from './window-cars-rows';
import { windowColumns, windowRows } from './window-csv';
import { addTypedSheet, type ColumnKind, type SheetColumn } from './xlsx-sheet';

const typed = (headers: readonly string[], kinds: Record<string, ColumnKind>): SheetColumn[] =>
  headers.map((header) => ({ header, kind: kinds[header] ?? 'text' }));

const dailyKinds: Record<string, ColumnKind> = {
  offset: 'int',
  date: 'date',
  close: 'num',
  rebased: 'num',
  return: 'pct',
  benchmark_return: 'pct',
  abnormal_return: 'pct',
  car: 'pct',
  ar_t: 'num',
  market_value_change_usd: 'usd',
};

/** A factor model's loadings, one column per factor (empty for the other models). */
const loadingKeys = {
  b_mkt_rf: 'mktRf',
  b_smb: 'smb',
  b_hml: 'hml',
  b_rmw: 'rmw',
  b_cma: 'cma',
  b_mom: 'mom',
} as const;
const loadingColumns = Object.keys(loadingKeys) as (keyof typeof loadingKeys)[];

const parameterKinds: Record<string, ColumnKind> = {
  car: 'pct',
  car_t: 'num',
  car_p: 'num',
  df: 'int',
  alpha: 'num',
  beta: 'num',
  r2: 'num',
  ...Object.fromEntries(loadingColumns.map((c) => [c, 'num'])),
  bhar: 'pct',
  residual_sd: 'pct',
  estimation_days: 'int',
  estimation_from: 'date',
  estimation_to: 'date',
  market_value_change_usd: 'usd',
  abnormal_value_usd: 'usd',
  day0_ar_gap: 'pct',
  day0_ar_session: 'pct',
  day0_ar_remainder: 'pct',
};
const parameterHeaders = [
  'ticker',
  'status',
  'car',
  'car_t',
  'car_p',
  'df',
  'alpha',
  'beta',
  'r2',
  ...loadingColumns,
  'bhar',
  'residual_sd',
  'estimation_days',
  'estimation_from',
  'estimation_to',
  'market_value_change_usd',
  'abnormal_value_usd',
  'day0_ar_gap',
  'day0_ar_session',
  'day0_ar_remainder',
  'confounded_by',
  'reason',
];

/**
 * Sheets: daily AR and CAR (date cells, percentages), per-ticker CAR, parameters and the day-0
 * split, CAR by window, the aggregate tests, provenance.
 */
export async function windowXlsx(w: WindowResult): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Aftershock';
  addTypedSheet(book, 'Daily AR and CAR', typed(windowColumns, dailyKinds), windowRows(w));
  addTypedSheet(
    book,
    'CAR and parameters',
    typed(parameterHeaders, parameterKinds),
    w.results.map((r) => [
      r.ticker,
      r.status,
      r.car,
      r.carTStat,
      r.carPValue,
      r.df,
      r.alpha,
      r.beta,
      r.r2,
      ...loadingColumns.map((c) => r.loadings?.[loadingKeys[c]] ?? null),
      r.bhar,
      r.residualSd,
      r.estimationDays,
      r.estimationFrom,
      r.estimationTo,
      r.marketValueChange,
      r.abnormalValueUsd,
      r.day0Split?.arGap ?? null,
      r.day0Split?.arSession ?? null,
      r.day0Split?.remainder ?? null,
      r.confoundedBy.join(' '),
      r.reason,
    ]),
  );
  addTypedSheet(
    book,
    'CAR by window',
    typed(windowCarColumns, {
      from: 'int',
      to: 'int',
      car: 'pct',
      car_t: 'num',
      car_p: 'num',
      sessions: 'int',
    }),
    windowCarRows(w),
  );
  addTypedSheet(
    book,
    'Aggregate tests',
    typed(testHeaders, { statistic: 'num', p_value: 'num', n: 'int' }),
    [
      ...w.aggregate.tests.map(testFields),
      [],
      ['CAAR', w.aggregate.caar],
      ['Tickers included', w.aggregate.n],
      ['Tickers excluded', w.aggregate.excluded],
      ['Mean residual correlation', w.aggregate.meanCorrelation],
      ['Kolari-Pynnonen factor', w.aggregate.kpFactor],
      ...w.aggregate.notes.map((n) => ['Note', n]),
    ],
  );
  addTypedSheet(book, 'Provenance', typed(['field', 'value'], {}), [
    ...windowProvenance(w),
    ...w.overlaps.map((o) => [`Overlapping event (day ${o.offset})`, `${o.title} (${o.day0})`]),
  ]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
