import type { HeatmapResult } from '@aftershock/shared';
import { describe, expect, it } from 'vitest';
import { heatLayout } from './heatmap-layout';

const ev = (id: string, day0: string) => ({
  id,
  title: id,
  category: 'deal',
  occurredAt: day0,
  day0,
  sessionsAvailable: 2,
});
const cell = (ticker: string, eventId: string, car: number) => ({ ticker, eventId, car });
const h = {
  tickers: ['^SOX', 'NVDA', 'ORCL'],
  events: [ev('b', '2025-02-01'), ev('a', '2025-01-01'), ev('c', '2025-03-01')],
  sets: [{ id: 's', title: 'Set S', eventIds: ['c', 'a'] }],
  cells: [
    cell('NVDA', 'a', -0.1),
    cell('NVDA', 'b', 0.02),
    cell('NVDA', 'c', -0.02),
    cell('ORCL', 'a', 0.05),
    cell('ORCL', 'b', 0.1),
    cell('ORCL', 'c', 0.01),
    cell('^SOX', 'a', -0.05),
  ],
} as unknown as HeatmapResult;
const context = new Set(['^SOX']);

describe('the heatmap layout', () => {
  it('groups columns by set in date order, then the others; indices below the companies', () => {
    const l = heatLayout(h, { contextTickers: context, rowSort: 'listed', colSort: 'date' });
    expect(l.columns.map((e) => e.id)).toEqual(['a', 'c', 'b']);
    expect(l.groups).toEqual([
      { title: 'Set S', start: 0, count: 2 },
      { title: 'Other events', start: 2, count: 1 },
    ]);
    expect(l.rows).toEqual([
      { ticker: 'NVDA', context: false },
      { ticker: 'ORCL', context: false },
      { ticker: '^SOX', context: true },
    ]);
  });

  it('sorts rows and columns by mean CAR, most negative first', () => {
    const l = heatLayout(h, { contextTickers: context, rowSort: 'car', colSort: 'car' });
    // Set S: a's mean (-0.1 + 0.05 - 0.05)/3 = -0.0333 before c's (-0.02 + 0.01)/2 = -0.005.
    expect(l.columns.map((e) => e.id)).toEqual(['a', 'c', 'b']);
    // NVDA: (-0.1 + 0.02 - 0.02)/3 = -0.0333; ORCL: +0.0533.
    expect(l.rows.map((r) => r.ticker)).toEqual(['NVDA', 'ORCL', '^SOX']);
    const flipped = { ...h, cells: h.cells.map((c) => ({ ...c, car: -(c.car ?? 0) })) };
    const f = heatLayout(flipped, { contextTickers: context, rowSort: 'car', colSort: 'car' });
    expect(f.rows.map((r) => r.ticker)).toEqual(['ORCL', 'NVDA', '^SOX']);
    expect(f.columns.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});
