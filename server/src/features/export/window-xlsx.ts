import {
  type CsvCell,
  type HeatmapResult,
  neutraliseFormula,
  type WindowResult,
} from '@aftershock/shared';
import ExcelJS from 'exceljs';
import { heatmapProvenance, windowProvenance } from './provenance-rows';
import { windowCarColumns, windowCarRows } from './window-cars-rows';
import { heatmapColumns, heatmapRows, windowColumns, windowRows } from './window-csv';

type Cell = CsvCell;

/** Text is neutralised against formula injection; numbers stay numbers. */
const safe = (v: Cell) => (typeof v === 'string' ? neutraliseFormula(v) : (v ?? null));

function addSheet(book: ExcelJS.Workbook, name: string, header: readonly string[], rows: Cell[][]) {
  const sheet = book.addWorksheet(name);
  sheet.addRow([...header]).font = { bold: true };
  for (const r of rows) sheet.addRow(r.map(safe));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((c) => {
    c.width = 14;
  });
  return sheet;
}

const testRows = (tests: WindowResult['aggregate']['tests']): Cell[][] =>
  tests.map((t) => [
    t.name,
    t.statistic,
    t.pValue,
    t.n,
    t.distribution,
    t.clusteringRobust ? 'yes' : 'no',
    t.note ?? null,
  ]);
const testHeader = [
  'test',
  'statistic',
  'p_value',
  'n',
  'distribution',
  'clustering_robust',
  'note',
];

/** Sheets: daily AR/CAR, per-ticker CAR and parameters, aggregate tests, provenance. */
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

export async function windowXlsx(w: WindowResult): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Aftershock';
  addSheet(book, 'Daily AR and CAR', windowColumns, windowRows(w));
  addSheet(
    book,
    'CAR and parameters',
    [
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
    ],
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
  addSheet(book, 'CAR by window', windowCarColumns, windowCarRows(w));
  addSheet(book, 'Aggregate tests', testHeader, [
    ...testRows(w.aggregate.tests),
    [],
    ['CAAR', w.aggregate.caar],
    ['Tickers included', w.aggregate.n],
    ['Tickers excluded', w.aggregate.excluded],
    ['Mean residual correlation', w.aggregate.meanCorrelation],
    ['Kolari-Pynnonen factor', w.aggregate.kpFactor],
    ...w.aggregate.notes.map((n) => ['Note', n]),
  ]);
  const provenance = windowProvenance(w);
  addSheet(
    book,
    'Provenance',
    ['field', 'value'],
    [
      ...provenance,
      ...w.overlaps.map((o) => [`Overlapping event (day ${o.offset})`, `${o.title} (${o.day0})`]),
    ],
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export async function heatmapXlsx(h: HeatmapResult): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Aftershock';
  addSheet(book, 'CAR by ticker and event', heatmapColumns(h), heatmapRows(h));
  addSheet(
    book,
    'Ticker across events',
    ['ticker', 'n', 'excluded', 'caar', ...testHeader],
    h.acrossEvents.flatMap((a) =>
      testRows(a.tests).map((t) => [a.ticker, a.n, a.excluded, a.caar, ...t]),
    ),
  );
  const provenance = heatmapProvenance(h);
  addSheet(book, 'Provenance', ['field', 'value'], provenance);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
