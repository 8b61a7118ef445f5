import {
  type CarWindow,
  type CsvCell,
  type HeatmapResult,
  toCsv,
  type WindowResult,
} from '@aftershock/shared';
import { heatmapProvenance, windowProvenance } from './provenance-rows';

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

/** RFC 4180 with a BOM (Excel reads it as UTF-8): provenance block, a blank line, the table. */
export function windowCsv(w: WindowResult): string {
  const head = [...windowProvenance(w), ...fitRows(w)];
  return toCsv([...head, [], [...windowColumns], ...windowRows(w)], { bom: true });
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
  const base = ['ticker', 'event_id', 'event_title', 'day0', 'status', 'car', 'car_t', 'car_p'];
  return [...base, ...windows, 'note'];
}

export function heatmapRows(h: HeatmapResult): CsvCell[][] {
  const titles = new Map(h.events.map((e) => [e.id, e]));
  return h.cells.map((c) => [
    c.ticker,
    c.eventId,
    titles.get(c.eventId)?.title ?? '',
    titles.get(c.eventId)?.day0 ?? '',
    c.status,
    c.car,
    c.carTStat,
    c.carPValue,
    ...h.windows.flatMap((w) => {
      const car = c.windowCars.find((x) => x.from === w.from && x.to === w.to);
      return [car?.car ?? null, car?.carTStat ?? null, car?.carPValue ?? null];
    }),
    c.reason ??
      (c.confoundedBy.length > 0 ? `other events in window: ${c.confoundedBy.join(' ')}` : null),
  ]);
}

export function heatmapCsv(h: HeatmapResult): string {
  const head = heatmapProvenance(h);
  return toCsv([...head, [], heatmapColumns(h), ...heatmapRows(h)], { bom: true });
}
