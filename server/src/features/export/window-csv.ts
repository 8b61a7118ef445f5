import {
  type CarWindow,
  type CsvCell,
  formatWindow,
  type HeatmapResult,
  type WindowResult,
} from '@aftershock/shared';
import { csvWithProvenance, testFields, testHeaders } from './csv-export';
import { heatmapProvenance, windowProvenance } from './provenance-rows';

type StudyTest = WindowResult['aggregate']['tests'][number];

export const windowColumns = [
  'ticker',
  'status',
  'offset',
  'date',
  'close',
  'rebased',
  'return',
  'benchmark_return',
  'abnormal_return',
  'car',
  'ar_t',
  'market_value_change_usd',
  'note',
] as const;

/** One row per ticker and day of the window; an excluded ticker is one row with its reason. */
export function windowRows(w: WindowResult): CsvCell[][] {
  return w.results.flatMap((r) =>
    r.status === 'excluded'
      ? [
          [
            r.ticker,
            'excluded',
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            r.reason,
          ],
        ]
      : r.days.map((d) => [
          r.ticker,
          'ok',
          d.offset,
          d.date,
          d.close,
          d.rebased,
          d.return,
          d.benchmarkReturn,
          d.abnormalReturn,
          d.car,
          d.arTStat,
          d.marketValueChange,
          r.confoundedBy.length > 0 ? `other events in window: ${r.confoundedBy.join(' ')}` : null,
        ]),
  );
}

/** One row per ticker and day; the provenance and each ticker's fit as `#` lines at the end. */
export function windowCsv(w: WindowResult): string {
  return csvWithProvenance({
    header: windowColumns,
    rows: windowRows(w),
    provenance: [...windowProvenance(w), ...fitRows(w)],
  });
}

const testColumns = ['window', 'caar', ...testHeaders];

/** The aggregate tests across the tickers: the event window's, then each CAR window's. */
export function windowTestsCsv(w: WindowResult): string {
  const label = formatWindow(-w.pre, w.post);
  const rows = [
    ...w.aggregate.tests.map((t) => testRow(label, w.aggregate.caar, t)),
    ...w.windowAggregates.flatMap((a) =>
      a.tests.map((t) => testRow(formatWindow(a.from, a.to), a.caar, t)),
    ),
  ];
  return csvWithProvenance({ header: testColumns, rows, provenance: windowProvenance(w) });
}

function testRow(window: string, caar: number | null, t: StudyTest): CsvCell[] {
  return [window, caar, ...testFields(t)];
}

/** Each ticker's fit in one line: a, the loadings or beta, R², estimation days, BHAR. */
function fitRows(w: WindowResult): [string, string][] {
  const n = (v: number | null) => (v === null ? 'n/a' : v.toPrecision(6));
  return w.results.flatMap((r): [string, string][] => {
    if (r.status !== 'ok' || r.alpha === null) return [];
    const loadings = Object.entries(r.loadings ?? { beta: r.beta ?? Number.NaN });
    const b = loadings.map(([k, v]) => `${k} ${n(v)}`).join(', ');
    const days = `${r.estimationDays} sessions`;
    return [
      [`Fit ${r.ticker}`, `alpha ${n(r.alpha)}, ${b}, R2 ${n(r.r2)}, ${days}, BHAR ${n(r.bhar)}`],
    ];
  });
}

/** `car_m1_p1` for [-1, +1]: a column name any reader takes. */
const windowKey = (w: CarWindow) => `${side(w.from)}_${side(w.to)}`;
const side = (n: number) => (n < 0 ? `m${-n}` : n > 0 ? `p${n}` : '0');

/** The long table, then the CAR, t and p of each of the heatmap's windows. */
export function heatmapColumns(h: HeatmapResult): string[] {
  const windows = h.windows.flatMap((w) =>
    ['car', 'car_t', 'car_p'].map((c) => `${c}_${windowKey(w)}`),
  );
  const base = ['ticker', 'event_id', 'event_title', 'category', 'day0', 'status', 'car', 'car_t'];
  return [...base, 'car_p', 'car_q_bh', ...windows, 'confounded_by', 'note'];
}

export function heatmapRows(h: HeatmapResult): CsvCell[][] {
  const titles = new Map(h.events.map((e) => [e.id, e]));
  return h.cells.map((c) => [
    c.ticker,
    c.eventId,
    titles.get(c.eventId)?.title ?? '',
    titles.get(c.eventId)?.category ?? '',
    titles.get(c.eventId)?.day0 ?? '',
    c.status,
    c.car,
    c.carTStat,
    c.carPValue,
    c.carQValue,
    ...h.windows.flatMap((w) => {
      const car = c.windowCars.find((x) => x.from === w.from && x.to === w.to);
      return [car?.car ?? null, car?.carTStat ?? null, car?.carPValue ?? null];
    }),
    c.confoundedBy.join(' '),
    c.reason,
  ]);
}

/** The long table of cells; the provenance as `#` lines at the end. */
export function heatmapCsv(h: HeatmapResult): string {
  return csvWithProvenance({
    header: heatmapColumns(h),
    rows: heatmapRows(h),
    provenance: heatmapProvenance(h),
  });
}
