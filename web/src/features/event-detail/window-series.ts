import type { TickerResult } from '@aftershock/shared';
import type { WindowView } from './window-params';

export type WindowRow = { offset: number; date: string; band?: [number, number] } & Record<
  string,
  number | string | [number, number] | undefined
>;

/**
 * Var(CAR) over the first k sessions of the window. MacKinlay (1997, eq. 4.3 summed):
 * Var(CAR_k) = s^2 (k + k^2 / L1 + market term); the market term is known only for the whole
 * window, so the path is s^2 (k + k^2/L1) scaled to meet the server's Var(CAR) at k = L2. Without
 * residuals it falls back to Var(CAR) k / L2, and to (CAR / t)^2 when only those are known.
 */
export function carVariancePath(r: TickerResult, windowLength: number): (number | null)[] {
  const total =
    r.carVariance ??
    (r.car !== null && r.carTStat !== null && r.carTStat !== 0 ? (r.car / r.carTStat) ** 2 : null);
  const ks = Array.from({ length: windowLength }, (_, j) => j + 1);
  if (total === null) return ks.map(() => null);
  const s2 = r.residualSd !== null ? r.residualSd ** 2 : null;
  const l1 = r.estimationDays;
  if (s2 === null || !l1) return ks.map((k) => (total * k) / windowLength);
  const shape = (k: number) => s2 * (k + (k * k) / l1);
  const scale = total / shape(windowLength);
  return ks.map((k) => shape(k) * scale);
}

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
    // A live study's pending sessions have no CAR: the band runs over the traded ones.
    const traded = target.days.filter((d) => !d.pending);
    const path = carVariancePath(target, traded.length);
    traded.forEach((d, j) => {
      const v = path[j];
      const row = rows.get(d.offset);
      if (row && d.car !== null && v !== null && v !== undefined) {
        const half = 1.96 * Math.sqrt(v);
        row.band = [d.car - half, d.car + half];
      }
    });
  }
  return sorted;
}
