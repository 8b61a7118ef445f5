import type { CsvCell, HeatmapResult } from '@aftershock/shared';
import { csvWithProvenance, testFields, testHeaders } from './csv-export';
import { heatmapProvenance } from './provenance-rows';

const columns = ['scope', 'ticker', 'mean_car', ...testHeaders];

/**
 * The heatmap's tests in one table: each ticker across all the events, across each set's
 * events, and the Welch t of each pair of sets' difference (mean_car holds the difference).
 */
export function heatmapTestsCsv(h: HeatmapResult): string {
  const setTitle = (id: string) => h.sets.find((s) => s.id === id)?.title ?? id;
  const rows: CsvCell[][] = [
    ...h.acrossEvents.flatMap((a) =>
      a.tests.map((t) => ['all events', a.ticker, a.caar, ...testFields(t)]),
    ),
    ...h.setMeans.flatMap((m) =>
      m.tests.map((t) => [`set: ${setTitle(m.setId)}`, m.ticker, m.caar, ...testFields(t)]),
    ),
    ...h.setDifferences.map((d) => [
      `difference: ${setTitle(d.setA)} - ${setTitle(d.setB)}`,
      d.ticker,
      d.difference,
      "Welch's t (unequal variances)",
      d.welchT,
      d.pValue,
      d.nA + d.nB,
      d.df === null ? null : `t(${d.df.toFixed(2)})`,
      'no',
      `n ${d.nA} and ${d.nB}`,
    ]),
  ];
  return csvWithProvenance({ header: columns, rows, provenance: heatmapProvenance(h) });
}
