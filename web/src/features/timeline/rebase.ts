import type { PriceSeries } from '@aftershock/shared';

export type ChartRow = { date: string } & Record<string, number | string | undefined>;

/**
 * One row per date with each ticker's adjusted close rebased to 100 at its first bar in the range,
 * so series of different price levels share one axis. A ticker without a bar that day is absent.
 */
export function rebaseSeries(series: readonly PriceSeries[], mode: 'rebased' | 'raw'): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  for (const s of series) {
    const base = s.bars[0]?.adjClose;
    for (const b of s.bars) {
      let row = rows.get(b.date);
      if (!row) {
        row = { date: b.date };
        rows.set(b.date, row);
      }
      row[s.ticker] = mode === 'raw' || !base ? b.close : (100 * b.adjClose) / base;
    }
  }
  return [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
