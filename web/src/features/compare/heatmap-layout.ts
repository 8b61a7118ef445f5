import type { HeatmapResult } from '@aftershock/shared';

type HeatEvent = HeatmapResult['events'][number];

export interface HeatLayoutOptions {
  /** Indices and funds: drawn apart, below the companies, as context. */
  contextTickers: ReadonlySet<string>;
  rowSort: 'listed' | 'car';
  colSort: 'date' | 'car';
}

export interface HeatLayout {
  rows: { ticker: string; context: boolean }[];
  columns: HeatEvent[];
  /** Column groups by event set, in order: the set's title, first column and count. */
  groups: { title: string; start: number; count: number }[];
}

/**
 * Rows: companies, then indices and funds; columns grouped by the sets asked for (an event in
 * two sets stays in the first), then the others; within each, by date or by mean CAR, most
 * negative first.
 */
export function heatLayout(h: HeatmapResult, o: HeatLayoutOptions): HeatLayout {
  const car = new Map(h.cells.map((c) => [`${c.ticker} ${c.eventId}`, c.car]));
  const mean = (values: (number | null | undefined)[]) => {
    const xs = values.filter((v): v is number => typeof v === 'number');
    return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.POSITIVE_INFINITY;
  };
  const colMean = (e: HeatEvent) => mean(h.tickers.map((t) => car.get(`${t} ${e.id}`)));
  const order = (es: HeatEvent[]) =>
    [...es].sort((a, b) =>
      o.colSort === 'car' ? colMean(a) - colMean(b) : a.day0.localeCompare(b.day0),
    );
  const byId = new Map(h.events.map((e) => [e.id, e]));
  const taken = new Set<string>();
  const columns: HeatEvent[] = [];
  const groups: HeatLayout['groups'] = [];
  for (const s of h.sets) {
    const es = s.eventIds.flatMap((id) => {
      const e = byId.get(id);
      return e && !taken.has(id) ? [e] : [];
    });
    for (const e of es) taken.add(e.id);
    if (es.length === 0) continue;
    groups.push({ title: s.title, start: columns.length, count: es.length });
    columns.push(...order(es));
  }
  const rest = h.events.filter((e) => !taken.has(e.id));
  if (rest.length > 0 && groups.length > 0) {
    groups.push({ title: 'Other events', start: columns.length, count: rest.length });
  }
  columns.push(...order(rest));
  const rowMean = (t: string) => mean(columns.map((e) => car.get(`${t} ${e.id}`)));
  const sortRows = (ts: string[]) =>
    o.rowSort === 'car' ? [...ts].sort((a, b) => rowMean(a) - rowMean(b)) : ts;
  const companies = sortRows(h.tickers.filter((t) => !o.contextTickers.has(t)));
  const context = sortRows(h.tickers.filter((t) => o.contextTickers.has(t)));
  return {
    rows: [
      ...companies.map((ticker) => ({ ticker, context: false })),
      ...context.map((ticker) => ({ ticker, context: true })),
    ],
    columns,
    groups,
  };
}
