import { type CarWindow, formatOffset, type HeatmapResult } from '@aftershock/shared';
import ExcelJS from 'exceljs';
import { testFields, testHeaders } from './csv-export';
import { heatmapProvenance } from './provenance-rows';

const testKinds: Partial<Record<string, SheetColumn['kind']>> = {
  statistic: 'num',
  p_value: 'num',
  n: 'int',
};

import { addTypedSheet, type SheetCell, type SheetColumn } from './xlsx-sheet';

const col = (header: string, kind: SheetColumn['kind'] = 'text'): SheetColumn => ({ header, kind });

/** `CAR -1 to +1`: a sheet name Excel accepts (no brackets). */
export const matrixSheetName = (w: CarWindow) =>
  `CAR ${formatOffset(w.from)} to ${formatOffset(w.to)}`;

/** CAR of a cell in a window; the event window's own figures when the window is not listed. */
function carIn(c: HeatmapResult['cells'][number], w: CarWindow) {
  return c.windowCars.find((x) => x.from === w.from && x.to === w.to);
}

/**
 * The workbook of a heatmap or a whole event set: the events (dates as date cells, category,
 * sets), a ticker x event matrix per CAR window (percent cells; titles, day 0 and category on
 * the frozen header rows), every cell in long form with t, p, q and the events that confound
 * it, the set means and differences, each ticker across the events, and the provenance.
 */
export async function heatmapXlsx(h: HeatmapResult): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Aftershock';
  const setsOf = (id: string) =>
    h.sets
      .filter((s) => s.eventIds.includes(id))
      .map((s) => s.title)
      .join('; ');
  addTypedSheet(
    book,
    'Events',
    [
      col('event_id'),
      col('title'),
      col('category'),
      col('day0', 'date'),
      col('occurred_at'),
      col('sets'),
      col('sessions_available', 'int'),
    ],
    h.events.map((e) => [
      e.id,
      e.title,
      e.category,
      e.day0,
      e.occurredAt,
      setsOf(e.id),
      e.sessionsAvailable,
    ]),
  );
  const cell = new Map(h.cells.map((c) => [`${c.ticker} ${c.eventId}`, c]));
  for (const w of h.windows) {
    addTypedSheet(
      book,
      matrixSheetName(w),
      [col('ticker'), ...h.events.map((e) => col(e.title, 'pct'))],
      h.tickers.map((t) => [
        t,
        ...h.events.map((e) => {
          const c = cell.get(`${t} ${e.id}`);
          return c ? (carIn(c, w)?.car ?? null) : null;
        }),
      ]),
      {
        subHeaders: [
          { kind: 'date', cells: ['day 0', ...h.events.map((e) => e.day0)] },
          { kind: 'text', cells: ['category', ...h.events.map((e) => e.category)] },
        ],
        freezeColumns: 1,
      },
    );
  }
  const titles = new Map(h.events.map((e) => [e.id, e]));
  const long: SheetCell[][] = h.cells.flatMap((c) =>
    h.windows.map((w) => {
      const x = carIn(c, w);
      const e = titles.get(c.eventId);
      return [
        c.ticker,
        c.eventId,
        e?.title,
        e?.category,
        e?.day0,
        `${formatOffset(w.from)},${formatOffset(w.to)}`,
        x?.car,
        x?.carTStat,
        x?.carPValue,
        x?.carQValue,
        c.confoundedBy.join(' '),
        c.status,
        c.reason ?? x?.reason,
      ];
    }),
  );
  addTypedSheet(
    book,
    'Cells',
    [
      col('ticker'),
      col('event_id'),
      col('event_title'),
      col('category'),
      col('day0', 'date'),
      col('window'),
      col('car', 'pct'),
      col('car_t', 'num'),
      col('car_p', 'num'),
      col('car_q_bh', 'num'),
      col('confounded_by'),
      col('status'),
      col('reason'),
    ],
    long,
  );
  addTypedSheet(
    book,
    'Set means',
    [
      col('set'),
      col('ticker'),
      col('n', 'int'),
      col('mean_car', 'pct'),
      col('test'),
      col('statistic', 'num'),
      col('p_value', 'num'),
    ],
    h.setMeans.flatMap((m) => {
      const title = h.sets.find((s) => s.id === m.setId)?.title ?? m.setId;
      const tests = m.tests.length > 0 ? m.tests : [null];
      return tests.map((t) => [title, m.ticker, m.n, m.caar, t?.name, t?.statistic, t?.pValue]);
    }),
  );
  addTypedSheet(
    book,
    'Set differences',
    [
      col('ticker'),
      col('set_a'),
      col('set_b'),
      col('n_a', 'int'),
      col('n_b', 'int'),
      col('difference', 'pct'),
      col('welch_t', 'num'),
      col('df', 'num'),
      col('p_value', 'num'),
    ],
    h.setDifferences.map((d) => [
      d.ticker,
      d.setA,
      d.setB,
      d.nA,
      d.nB,
      d.difference,
      d.welchT,
      d.df,
      d.pValue,
    ]),
  );
  addTypedSheet(
    book,
    'Tests',
    [
      col('ticker'),
      col('excluded', 'int'),
      col('caar', 'pct'),
      ...testHeaders.map((t) => col(t, testKinds[t] ?? 'text')),
    ],
    h.acrossEvents.flatMap((a) =>
      a.tests.map((t) => [a.ticker, a.excluded, a.caar, ...testFields(t)]),
    ),
  );
  addTypedSheet(book, 'Provenance', [col('field'), col('value')], heatmapProvenance(h));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
