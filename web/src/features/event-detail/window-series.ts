import type { TickerResult } from '@aftershock/shared';
import type { WindowView } from './window-params';

export type WindowRow = { offset: number; date: string; band?: [number, number] } & Record<
  string,
  number | string | [number, number] | undefined
>;

export interface WindowRowsInput {
  results: readonly TickerResult[];
  view: WindowView;
  /** The ticker whose 95% CAR band is drawn. */
  focus: string | null;
}

/** One row per offset with each ticker's value for the view, and the focus ticker's band. */
export function windowRows({ results, view, focus }: WindowRowsInput): WindowRow[] {
  const ok = results.filter((r) => r.status === 'ok' && r.days.length > 0);
  const rows = new Map<number, WindowRow>();
  for (const r of ok) {
    for (const d of r.days) {
      let row = rows.get(d.offset);
      if (!row) {
        row = { offset: d.offset, date: d.date };
        rows.set(d.offset, row);
      }
      const value = view === 'prices' ? d.rebased : view === 'ar' ? d.abnormalReturn : d.car;
      if (value !== null) row[r.ticker] = value;
    }
  }
  const sorted = [...rows.values()].sort((a, b) => a.offset - b.offset);
  const target = ok.find((r) => r.ticker === focus);
  if (view === 'car' && target) {
    // The engine sends Var(CAR) to each day; pending sessions of a live study have none.
    for (const d of target.days) {
      const row = rows.get(d.offset);
      if (row && d.car !== null && d.carVariance !== null) {
        const half = 1.96 * Math.sqrt(d.carVariance);
        row.band = [d.car - half, d.car + half];
      }
    }
  }
  return sorted;
}
