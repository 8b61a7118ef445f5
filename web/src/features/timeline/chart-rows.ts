import type { PriceSeries } from '@aftershock/shared';
import type { PriceMode } from './timeline-filters';

/** One session of the chart: its index on the shared axis, its date, one value per ticker. */
export type ChartRow = { i: number; date: string } & Record<string, number | string | undefined>;

/** Every session any series has, in order: the shared time axis. */
export function sessionAxis(series: readonly PriceSeries[]): string[] {
  const dates = new Set<string>();
  for (const s of series) for (const b of s.bars) dates.add(b.date);
  return [...dates].sort();
}

export interface ChartRowsInput {
  series: readonly PriceSeries[];
  dates: readonly string[];
  start: number;
  end: number;
  mode: PriceMode;
}

/**
 * Rows for the sessions `start..end` of the axis. Rebased: each ticker's adjusted close divided by
 * its first adjusted close inside the range, times 100, so a zoom re-anchors every line at the
 * left edge. Raw: the split-adjusted close as quoted.
 */
export function chartRows({ series, dates, start, end, mode }: ChartRowsInput): ChartRow[] {
  const rows: ChartRow[] = [];
  const index = new Map<string, number>();
  for (let i = start; i <= end; i++) {
    const date = dates[i];
    if (date === undefined) continue;
    index.set(date, rows.length);
    rows.push({ i, date });
  }
  const first = dates[start] ?? '';
  const last = dates[end] ?? '';
  for (const s of series) {
    let base: number | undefined;
    for (const b of s.bars) {
      if (b.date < first || b.date > last) continue;
      const at = index.get(b.date);
      const row = at === undefined ? undefined : rows[at];
      if (!row) continue;
      if (mode === 'raw') {
        row[s.ticker] = b.close;
        continue;
      }
      base ??= b.adjClose;
      row[s.ticker] = base > 0 ? (100 * b.adjClose) / base : undefined;
    }
  }
  return rows;
}

/** Indexes of the month starts in the rows, thinned to at most `max` ticks. */
export function monthTicks(rows: readonly ChartRow[], max: number): number[] {
  const starts: number[] = [];
  let month = '';
  for (const r of rows) {
    const m = r.date.slice(0, 7);
    if (m !== month) {
      if (month !== '') starts.push(r.i);
      month = m;
    }
  }
  if (starts.length === 0 && rows[0]) return [rows[0].i];
  const step = Math.max(1, Math.ceil(starts.length / max));
  return starts.filter((_, k) => k % step === 0);
}
