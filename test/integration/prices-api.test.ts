import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await freshDeps();
  app = createApp(deps);
});
afterAll(() => deps?.cleanup());

const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

type Series = { ticker: string; bars: { date: string; close: number; adjClose: number }[] };

describe(`prices API on ${storeKind}`, () => {
  it('gives the closes of the DeepSeek sell-off as published', async () => {
    const { status, body } = await get(
      '/api/prices?tickers=NVDA,^IXIC&from=2025-01-24&to=2025-01-28',
    );
    expect(status).toBe(200);
    const [nvda, ixic] = body.series as Series[];
    expect(nvda?.ticker).toBe('NVDA');
    expect(nvda?.bars.map((b) => b.date)).toEqual(['2025-01-24', '2025-01-27', '2025-01-28']);
    expect(nvda?.bars.map((b) => b.close)).toEqual([142.62, 118.42, 128.99]);
    // The Nasdaq Composite closed at 19,954.30, 19,341.83 (-3.07%) and 19,733.59.
    expect(ixic?.ticker).toBe('^IXIC');
    expect(ixic?.bars.map((b) => b.close)).toEqual([19954.3, 19341.83, 19733.59]);
    expect((19341.83 / 19954.3 - 1) * 100).toBeCloseTo(-3.07, 2);
  });

  it('has no bars on the market holidays of January 2025', async () => {
    const { body } = await get('/api/prices?tickers=QQQ,NVDA&from=2025-01-06&to=2025-01-24');
    for (const s of body.series as Series[]) {
      const dates = s.bars.map((b) => b.date);
      expect(dates).not.toContain('2025-01-09');
      expect(dates).not.toContain('2025-01-20');
      // 15 weekdays from Jan 6 to Jan 24, less the two closures.
      expect(dates).toHaveLength(13);
    }
  });

  it('covers all 27 series from 2021-01-04 to 2026-05-15', async () => {
    const { body } = await get('/api/companies');
    const companies = body.companies as { ticker: string; firstDate: string; lastDate: string }[];
    const withBars = companies.filter((c) => c.firstDate !== null);
    expect(withBars).toHaveLength(27);
    expect(withBars.find((c) => c.ticker === 'ARM')?.firstDate).toBe('2023-09-14');
    expect(withBars.find((c) => c.ticker === 'CEG')?.firstDate).toBe('2022-01-19');
    expect(withBars.find((c) => c.ticker === '^SOX')).toMatchObject({
      firstDate: '2021-01-04',
      lastDate: '2026-05-15',
    });
    expect(withBars.find((c) => c.ticker === 'MSFT')).toMatchObject({
      firstDate: '2021-01-04',
      lastDate: '2026-05-15',
    });
  });

  it('answers 404 naming an unknown ticker', async () => {
    const { status, body } = await get('/api/prices?tickers=NVDA,NOPE');
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'not_found', message: 'Unknown ticker: NOPE' } });
  });

  it.each([
    [
      'from after to',
      '/api/prices?tickers=NVDA&from=2025-02-01&to=2025-01-01',
      /from \(2025-02-01\) is after to/,
    ],
    ['a malformed date', '/api/prices?tickers=NVDA&from=2025-1-5', /from:.*YYYY-MM-DD/],
    ['an impossible date', '/api/prices?tickers=NVDA&to=2025-02-30', /to:.*real date/],
    ['an unknown parameter', '/api/prices?tickers=NVDA&ticker=AMD', /ticker/],
    ['no tickers', '/api/prices', /tickers/],
    ['a malformed ticker', '/api/prices?tickers=NV$DA', /not a ticker/],
  ])('answers 400 with a message for %s', async (_name, path, message) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    const error = body.error as { code: string; message: string };
    expect(error.code).toBe('bad_request');
    expect(error.message).toMatch(message);
  });
});
