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

async function get<T>(path: string): Promise<T> {
  const res = await app.request(path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

type Day = {
  offset: number;
  date: string;
  return: number;
  abnormalReturn: number;
  arTStat: number;
};
type Window = {
  day0: string;
  day0Reason: string;
  results: { ticker: string; status: string; days: Day[]; beta: number; carTStat: number }[];
};
type Prices = { series: { ticker: string; bars: { date: string; adjClose: number }[] }[] };

const dayZero = (w: Window, ticker: string) =>
  w.results.find((r) => r.ticker === ticker)?.days.find((d) => d.offset === 0);

describe(`the DeepSeek sell-off of Monday 2025-01-27, on ${storeKind}`, () => {
  it('puts Sunday evening news on Monday and gives the published moves of that day', async () => {
    const w = await get<Window>(
      '/api/window?at=2025-01-26T19:00:00-05:00&tickers=NVDA,AVGO,AAPL,MSFT,^IXIC&pre=1&post=1&model=raw',
    );
    expect(w.day0).toBe('2025-01-27');
    expect(w.day0Reason).toMatch(/Sun 2025-01-26 19:00 ET.*Mon 2025-01-27/);
    // Published closes: NVDA -16.97%, AVGO -17.4%, AAPL +3.2%, MSFT -2.1%, Nasdaq -3.07%.
    expect((dayZero(w, 'NVDA')?.return ?? 0) * 100).toBeCloseTo(-16.97, 1);
    expect((dayZero(w, 'AVGO')?.return ?? 0) * 100).toBeCloseTo(-17.4, 0);
    expect((dayZero(w, 'AAPL')?.return ?? 0) * 100).toBeCloseTo(3.2, 0);
    expect((dayZero(w, 'MSFT')?.return ?? 0) * 100).toBeCloseTo(-2.1, 0);
    expect((dayZero(w, '^IXIC')?.return ?? 0) * 100).toBeCloseTo(-3.07, 2);
    expect(w.results[0]?.days.map((d) => d.date)).toEqual([
      '2025-01-24',
      '2025-01-27',
      '2025-01-28',
    ]);
  });

  it('gives NVDA an abnormal return near -10.9% with t near -4.6 against QQQ, as recomputed by hand', async () => {
    const w = await get<Window>(
      '/api/window?at=2025-01-26T19:00:00-05:00&tickers=NVDA&pre=0&post=0&model=market&benchmark=QQQ',
    );
    const ar = dayZero(w, 'NVDA');
    expect(ar?.date).toBe('2025-01-27');

    // Independently: simple returns of adjusted closes from the prices API, OLS over [-250, -11].
    const p = await get<Prices>('/api/prices?tickers=NVDA,QQQ&from=2023-12-01&to=2025-01-27');
    const nvda = p.series[0]?.bars ?? [];
    const qqq = new Map((p.series[1]?.bars ?? []).map((b) => [b.date, b.adjClose]));
    const dates = nvda.map((b) => b.date).filter((d) => qqq.has(d));
    const px = new Map(nvda.map((b) => [b.date, b.adjClose]));
    const ri: number[] = [];
    const rm: number[] = [];
    for (let k = 1; k < dates.length; k++) {
      ri.push(px.get(dates[k]!)! / px.get(dates[k - 1]!)! - 1);
      rm.push(qqq.get(dates[k]!)! / qqq.get(dates[k - 1]!)! - 1);
    }
    const d0 = dates.length - 2; // index of 2025-01-27 among returns (returns start at dates[1])
    expect(dates[d0 + 1]).toBe('2025-01-27');
    const est = { from: d0 - 250, to: d0 - 11 };
    let sx = 0;
    let sy = 0;
    const n = est.to - est.from + 1;
    for (let k = est.from; k <= est.to; k++) {
      sx += rm[k]!;
      sy += ri[k]!;
    }
    const mx = sx / n;
    const my = sy / n;
    let sxy = 0;
    let sxx = 0;
    for (let k = est.from; k <= est.to; k++) {
      sxy += (rm[k]! - mx) * (ri[k]! - my);
      sxx += (rm[k]! - mx) ** 2;
    }
    const beta = sxy / sxx;
    const alpha = my - beta * mx;
    let sse = 0;
    for (let k = est.from; k <= est.to; k++) sse += (ri[k]! - alpha - beta * rm[k]!) ** 2;
    const s2 = sse / (n - 2);
    const expectedAr = ri[d0]! - alpha - beta * rm[d0]!;
    const varAr = s2 * (1 + 1 / n + (rm[d0]! - mx) ** 2 / sxx);
    const expectedT = expectedAr / Math.sqrt(varAr);

    expect(n).toBe(240);
    expect(expectedAr * 100).toBeCloseTo(-10.9, 0);
    expect(expectedT).toBeCloseTo(-4.6, 0);
    expect(ar?.abnormalReturn).toBeCloseTo(expectedAr, 10);
    expect(ar?.arTStat).toBeCloseTo(expectedT, 8);
    expect(w.results[0]?.beta).toBeCloseTo(beta, 10);
  });
});
