import { type HeatmapResult, heatmapResultSchema } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { readXlsx } from '../support/read-xlsx';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await freshDeps();
  app = createApp(deps);
});
afterAll(() => deps?.cleanup());

const query = 'sets=deepseek-week,export-controls&tickers=NVDA,AVGO,^SOX';

describe(`one workbook for a whole event set, read by SheetJS, on ${storeKind}`, () => {
  it('has a matrix per window equal to the API, with percent cells and date cells', async () => {
    const h: HeatmapResult = heatmapResultSchema.parse(
      await (await app.request(`/api/heatmap?${query}`)).json(),
    );
    const res = await app.request(`/api/heatmap.xlsx?${query}`);
    expect(res.status).toBe(200);
    const book = readXlsx(new Uint8Array(await res.arrayBuffer()));
    expect([...book.keys()]).toEqual([
      'Events',
      'CAR 0 to 0',
      'CAR 0 to +1',
      'CAR -1 to +1',
      'CAR -5 to +5',
      'Cells',
      'Set means',
      'Set differences',
      'Tests',
      'Provenance',
    ]);
    for (const [k, w] of h.windows.entries()) {
      const sheet = book.get(
        ['CAR 0 to 0', 'CAR 0 to +1', 'CAR -1 to +1', 'CAR -5 to +5'][k] ?? '',
      );
      // Row 0: titles; row 1: day 0 as date cells; row 2: categories; then one row per ticker.
      expect(sheet?.[0]?.slice(1).map((c) => c?.v)).toEqual(h.events.map((e) => e.title));
      const dates = sheet?.[1]?.slice(1) ?? [];
      expect(dates.every((c) => c?.t === 'd')).toBe(true);
      const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : null);
      expect(dates.map((c) => day(c?.v))).toEqual(h.events.map((e) => e.day0));
      expect(sheet?.[2]?.slice(1).map((c) => c?.v)).toEqual(h.events.map((e) => e.category));
      h.tickers.forEach((t, i) => {
        const row = sheet?.[3 + i];
        expect(row?.[0]?.v).toBe(t);
        h.events.forEach((e, j) => {
          const cell = h.cells.find((c) => c.ticker === t && c.eventId === e.id);
          const car = cell?.windowCars.find((x) => x.from === w.from && x.to === w.to)?.car;
          const got = row?.[1 + j];
          if (car === null || car === undefined) expect(got).toBeUndefined();
          else {
            expect(got?.t).toBe('n');
            expect(got?.v).toBe(car);
            expect(got?.z).toBe('0.00%');
          }
        });
      });
    }
    const cells = book.get('Cells');
    expect(cells?.[0]?.map((c) => c?.v)).toContain('confounded_by');
    expect(cells?.[0]?.map((c) => c?.v)).toContain('category');
    expect(book.get('Events')?.[1]?.[3]?.t).toBe('d');
  });
});
