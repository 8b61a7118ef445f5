import { type HeatmapResult, parseCsv, type WindowResult } from '@aftershock/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

/** Any answer of these endpoints: a window, a heatmap or an error envelope. */
type Answer = WindowResult & HeatmapResult & { error: { code: string; message: string } };

let deps: TestDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await freshDeps();
  app = createApp(deps);
});
afterAll(() => deps?.cleanup());

const get = (path: string) => app.request(path);
const json = async (path: string) => {
  const res = await get(path);
  return { status: res.status, body: (await res.json()) as Answer };
};

describe(`window API on ${storeKind}`, () => {
  it('studies a stored event with its own tickers, and lists the events inside the window', async () => {
    const { status, body } = await json(
      '/api/events/deepseek-selloff-2025-01-27/window?pre=5&post=5',
    );
    expect(status).toBe(200);
    expect(body.day0).toBe('2025-01-27');
    expect(body.event?.id).toBe('deepseek-selloff-2025-01-27');
    expect(body.model).toBe('market');
    expect(body.results.length).toBeGreaterThan(3);
    const nvda = body.results.find((r: { ticker: string }) => r.ticker === 'NVDA')!;
    expect(nvda.days.map((d: { offset: number }) => d.offset)).toEqual([
      -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5,
    ]);
    // CAR is the running sum of AR.
    let sum = 0;
    for (const d of nvda.days) {
      sum += d.abnormalReturn ?? Number.NaN;
      expect(d.car).toBeCloseTo(sum, 12);
    }
    expect(nvda.car).toBeCloseTo(sum, 12);
    // Rebased to 100 at the close before day 0: day -1 is 100 and day 0 is 100 x (1 + R0).
    const minus1 = nvda.days.find((d: { offset: number }) => d.offset === -1)!;
    const zero = nvda.days.find((d: { offset: number }) => d.offset === 0)!;
    expect(minus1.rebased).toBeCloseTo(100, 10);
    expect(zero.rebased).toBeCloseTo(100 * (1 + (zero.return ?? Number.NaN)), 10);
    // Stargate (day 0 2025-01-22) and the distillation claim (2025-01-29) fall inside [-5, +5].
    const overlapIds = body.overlaps.map((o: { id: string }) => o.id);
    expect(overlapIds).toContain('stargate-2025-01-21');
    expect(overlapIds).toContain('openai-distillation-claim-2025-01-29');
    expect(overlapIds).not.toContain('deepseek-selloff-2025-01-27');
    expect(nvda.confoundedBy.length).toBeGreaterThan(0);
    // The headline test is the clustering-robust BMP.
    expect(body.aggregate.tests[0]?.id).toBe('bmp-kp');
    expect(body.aggregate.tests[0]?.clusteringRobust).toBe(true);
  });

  it('gives NVDA near -$590 billion of market value on day 0', async () => {
    const { body } = await json('/api/window?at=2025-01-27&tickers=NVDA&pre=0&post=0&model=raw');
    const day = body.results[0]!.days[0]!;
    expect((day.marketValueChange ?? 0) / 1e9).toBeGreaterThan(-593);
    expect((day.marketValueChange ?? 0) / 1e9).toBeLessThan(-589);
  });

  it('measures the 2022-10-07 export controls with the market model over 240 returns', async () => {
    const { status, body } = await json(
      '/api/events/chip-export-rules-2022-10-07/window?tickers=NVDA&pre=5&post=5',
    );
    expect(status).toBe(200);
    expect(body.day0).toBe('2022-10-07');
    expect(body.model).toBe('market');
    const nvda = body.results[0]!;
    expect(nvda.status).not.toBe('excluded');
    // Worked apart from the engine (a plain OLS over ../shared/data/prices adj_close, NVDA on QQQ,
    // estimation 2021-10-11 to 2022-09-22): beta 1.85478, AR on day 0 -0.009871, CAR -0.006332.
    expect(nvda.estimationDays).toBe(240);
    expect(nvda.beta).toBeCloseTo(1.85478, 4);
    expect(nvda.days.find((d) => d.offset === 0)?.abnormalReturn).toBeCloseTo(-0.009871, 5);
    expect(nvda.car).toBeCloseTo(-0.006332, 5);
  });

  it("gives NVDA's CAR p-value of 2023-05-25 [0, 0] its digits, never 0", async () => {
    const { body } = await json('/api/window?at=2023-05-25&tickers=NVDA&pre=0&post=0');
    const nvda = body.results[0]!;
    // Worked apart from the engine: plain OLS on QQQ over ../shared/data/prices gives
    // t = 10.2218055 with 238 df, and mpmath's incomplete beta p = 1.43623635636e-20.
    expect(nvda.carTStat).toBeCloseTo(10.2218055, 5);
    expect((nvda.carPValue ?? 0) / 1.43623635636e-20).toBeCloseTo(1, 4);
  });

  it('reports a ticker without enough history as excluded, with the reason', async () => {
    const { body } = await json(
      '/api/window?at=2023-10-02T12:00:00-04:00&tickers=NVDA,ARM&pre=1&post=1',
    );
    const arm = body.results.find((r: { ticker: string }) => r.ticker === 'ARM')!;
    expect(arm.status).toBe('excluded');
    expect(arm.reason).toMatch(/estimation window|before the data/);
    expect(body.aggregate.excluded).toBe(1);
  });

  it.each([
    ['an unknown model', 'model=capm', /model must be one of/],
    ['an unknown benchmark', 'benchmark=NOPE', /unknown ticker|NOPE/],
    ['an unknown group basket', 'benchmark=basket:gadgets', /unknown group/],
    ['pre out of range', 'pre=61', /pre must be between 0 and 60/],
    ['post negative', 'post=-1', /post must be between 0 and 60/],
    [
      'an estimation window that overlaps the event window',
      'pre=5&estimation=-100,-3',
      /overlaps the event window/,
    ],
    ['a malformed estimation window', 'estimation=-250', /estimation window as two offsets/],
  ])('answers 400 for %s', async (_name, extra, message) => {
    const { status, body } = await json(`/api/window?at=2025-01-27&tickers=NVDA&${extra}`);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(message);
  });

  it.each([
    ['at before the data', 'at=2019-01-02', /before|first/],
    // After the data is a live study while the NYSE calendar covers day 0 (to 2028).
    ['at after the data and the calendar', 'at=2029-06-01', /after|last/],
    ['a malformed at', 'at=yesterday', /ISO 8601/],
  ])('answers 400 for %s', async (_name, at, message) => {
    const { status, body } = await json(`/api/window?${at}&tickers=NVDA`);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(message);
  });

  it('measures NVDA against the AI-chips basket without itself', async () => {
    const { body: loo } = await json(
      '/api/window?at=2025-01-27&tickers=NVDA&pre=0&post=0&benchmark=basket-ex:ai-chips',
    );
    const { body: all } = await json(
      '/api/window?at=2025-01-27&tickers=NVDA&pre=0&post=0&benchmark=basket:ai-chips',
    );
    expect(loo.benchmark).toMatch(/Leave-one-out/);
    const looRm = loo.results[0]!.days[0]!.benchmarkReturn;
    const allRm = all.results[0]!.days[0]!.benchmarkReturn;
    // NVDA fell more than its peers, so the basket without it fell less than the one with it.
    expect(looRm).toBeGreaterThan(allRm ?? Number.NaN);
  });

  it('downloads the study as CSV whose first line is its header, provenance as # lines at the end', async () => {
    const res = await get(
      '/api/window.csv?at=2025-01-26T19:00:00-05:00&tickers=NVDA,AAPL&pre=1&post=1&model=raw&title=%3DHYPERLINK(%22x%22)',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="aftershock-window-2025-01-27\.csv"/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'ticker,status,offset,date,close,rebased,return,benchmark_return,abnormal_return,car,ar_t,market_value_change_usd,note',
    );
    const comments = lines.filter((l) => l.startsWith('#'));
    expect(comments).toContain('# Event: =HYPERLINK("x")');
    expect(comments.find((l) => l.startsWith('# Model: '))).toMatch(/^# Model: raw/);
    // Every record has the header's 13 fields, and the comments all come after the records.
    const rows = parseCsv(lines.filter((l) => l !== '' && !l.startsWith('#')).join('\r\n'));
    expect(rows.every((r) => r.length === 13)).toBe(true);
    expect(lines.findIndex((l) => l.startsWith('#'))).toBe(rows.length);
    const table = rows.slice(1);
    expect(table).toHaveLength(6);
    const nvda0 = table.find((r) => r[0] === 'NVDA' && r[2] === '0')!;
    expect(nvda0?.[3]).toBe('2025-01-27');
    expect(nvda0?.[4]).toBe('118.42');
    // Rounded to 6 decimals: 118.42 / 142.62 - 1 = -0.169681... -> "-0.169682" or so, no noise.
    expect(nvda0?.[6]).toMatch(/^-0\.1696\d{2}$/);
    expect(Number(nvda0?.[6])).toBeCloseTo(118.42 / 142.62 - 1, 4);
    // The rebased column never carries float noise such as 100.00000000000001.
    const decimals = (v: string | undefined) => (v ?? '').split('.')[1]?.length ?? 0;
    expect(table.every((r) => decimals(r[5]) <= 4)).toBe(true);
  });

  it('downloads the aggregate tests as a CSV of their own', async () => {
    const res = await get(
      '/api/events/deepseek-selloff-2025-01-27/window-tests.csv?tickers=NVDA,AVGO,AMD&pre=1&post=1',
    );
    expect(res.status).toBe(200);
    const text = new TextDecoder().decode(await res.arrayBuffer());
    const rows = parseCsv(
      text
        .split('\r\n')
        .filter((l) => l !== '' && !l.startsWith('#'))
        .join('\r\n'),
    );
    expect(rows[0]?.[0]).toBe('window');
    // The event window's tests, then those of the four default windows.
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(
      new Set(['[-1, +1]', '[0, 0]', '[0, +1]', '[-5, +5]']),
    );
  });

  it('downloads the study as XLSX with its five sheets', async () => {
    const res = await get(
      '/api/events/deepseek-selloff-2025-01-27/window.xlsx?tickers=NVDA,AVGO&pre=1&post=1',
    );
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Daily AR and CAR',
      'CAR and parameters',
      'CAR by window',
      'Aggregate tests',
      'Provenance',
    ]);
    const daily = book.getWorksheet('Daily AR and CAR');
    expect(daily?.rowCount).toBe(1 + 2 * 3);
    const close = daily?.getRow(3).getCell(5).value;
    expect(typeof close).toBe('number');
  });

  it('draws a heatmap of CAR for tickers x events, and each ticker across the events', async () => {
    const { status, body } = await json(
      '/api/heatmap?events=deepseek-selloff-2025-01-27,stargate-2025-01-21&tickers=NVDA,ORCL&pre=0&post=0&model=raw',
    );
    expect(status).toBe(200);
    expect(body.cells).toHaveLength(4);
    const cell = body.cells.find(
      (c: { ticker: string; eventId: string }) =>
        c.ticker === 'NVDA' && c.eventId === 'deepseek-selloff-2025-01-27',
    )!;
    expect((cell.car ?? 0) * 100).toBeCloseTo(-16.97, 2);
    const nvda = body.acrossEvents.find((a: { ticker: string }) => a.ticker === 'NVDA')!;
    const cars = body.cells
      .filter((c: { ticker: string }) => c.ticker === 'NVDA')
      .map((c) => c.car ?? Number.NaN);
    expect(nvda.caar).toBeCloseTo(((cars[0] ?? 0) + (cars[1] ?? 0)) / 2, 12);
    const csv = await (
      await get('/api/heatmap.csv?events=stargate-2025-01-21&tickers=ORCL&pre=0&post=0')
    ).arrayBuffer();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv)).toMatch(
      /^\uFEFFticker,event_id,event_title,category,day0,/,
    );
    expect((await get('/api/heatmap?events=no-such-event')).status).toBe(400);
  });
});
