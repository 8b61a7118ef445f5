import type { WindowResult } from '@aftershock/shared';
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

type Bars = { series: { ticker: string; bars: { date: string; adjClose: number }[] }[] };

/** Simple returns of adjusted closes by date, from the prices endpoint (not the engine). */
async function returnsOf(ticker: string): Promise<Map<string, number>> {
  const res = await app.request(`/api/prices?tickers=${ticker}&from=2023-11-01&to=2025-02-28`);
  const bars = ((await res.json()) as Bars).series[0]?.bars ?? [];
  return new Map(bars.slice(1).map((b, i) => [b.date, b.adjClose / (bars[i]?.adjClose ?? 0) - 1]));
}

describe(`several CAR windows in one request on ${storeKind}`, () => {
  it('gives NVDA around DeepSeek the CAR and t of each window, computed here by hand', async () => {
    const res = await app.request(
      '/api/events/deepseek-selloff-2025-01-27/window?tickers=NVDA&windows=0,0;0,1;-1,1;-5,5',
    );
    expect(res.status).toBe(200);
    const w = (await res.json()) as WindowResult;
    expect(w.windows).toEqual([
      { from: 0, to: 0 },
      { from: 0, to: 1 },
      { from: -1, to: 1 },
      { from: -5, to: 5 },
    ]);
    const ri = await returnsOf('NVDA');
    const rm = await returnsOf('QQQ');
    const dates = [...rm.keys()];
    const d0 = dates.indexOf('2025-01-27');
    // The market model by OLS over [-250, -11], written out (MacKinlay 1997, 4.3).
    const est = dates.slice(d0 - 250, d0 - 10);
    const x = est.map((d) => rm.get(d) ?? 0);
    const y = est.map((d) => ri.get(d) ?? 0);
    const mx = x.reduce((a, b) => a + b, 0) / x.length;
    const my = y.reduce((a, b) => a + b, 0) / y.length;
    let sxy = 0;
    let sxx = 0;
    for (let k = 0; k < x.length; k++) {
      sxy += ((x[k] ?? 0) - mx) * ((y[k] ?? 0) - my);
      sxx += ((x[k] ?? 0) - mx) ** 2;
    }
    const beta = sxy / sxx;
    const alpha = my - beta * mx;
    const s2 =
      y.reduce((a, yk, k) => a + (yk - alpha - beta * (x[k] ?? 0)) ** 2, 0) / (x.length - 2);
    const nvda = w.results[0];
    for (const [j, { from, to }] of w.windows.entries()) {
      const days = dates.slice(d0 + from, d0 + to + 1);
      const car = days.reduce((a, d) => a + (ri.get(d) ?? 0) - alpha - beta * (rm.get(d) ?? 0), 0);
      const l2 = days.length;
      const sm = days.reduce((a, d) => a + (rm.get(d) ?? 0) - mx, 0);
      const varCar = s2 * (l2 + (l2 * l2) / x.length + (sm * sm) / sxx);
      const got = nvda?.windowCars[j];
      expect(got?.car).toBeCloseTo(car, 10);
      expect(got?.carTStat).toBeCloseTo(car / Math.sqrt(varCar), 6);
      expect(got?.sessions).toBe(l2);
    }
    // Day 0 alone: NVDA fell 16.97% on 2025-01-27 (close 118.42 after 142.62).
    expect(ri.get('2025-01-27')).toBeCloseTo(118.42 / 142.62 - 1, 3);
    expect(w.windowAggregates.map((a) => a.n)).toEqual([1, 1, 1, 1]);
  });

  it('reports the default windows [0,0], [0,+1], [-1,+1], [-5,+5] when none are asked for', async () => {
    const res = await app.request('/api/heatmap?events=stargate-2025-01-21&tickers=ORCL');
    const h = (await res.json()) as { pre: number; post: number; windows: unknown };
    expect([h.pre, h.post]).toEqual([5, 5]);
    expect(h.windows).toEqual([
      { from: 0, to: 0 },
      { from: 0, to: 1 },
      { from: -1, to: 1 },
      { from: -5, to: 5 },
    ]);
  });

  it('leaves the indices an event names out of CAAR by default and shows them as context', async () => {
    const path =
      '/api/events/deepseek-selloff-2025-01-27/window?tickers=NVDA,AVGO,^SOX&pre=1&post=1';
    const w = (await (await app.request(path)).json()) as WindowResult;
    expect(w.contextTickers).toEqual(['^SOX']);
    expect(w.aggregate.n).toBe(2);
    const car = (t: string) => w.results.find((r) => r.ticker === t)?.car ?? Number.NaN;
    expect(w.aggregate.caar).toBeCloseTo((car('NVDA') + car('AVGO')) / 2, 12);
    expect(w.results.map((r) => r.ticker)).toContain('^SOX');
    const all = (await (await app.request(`${path}&indices=include`)).json()) as WindowResult;
    expect(all.contextTickers).toEqual([]);
    expect(all.aggregate.caar).toBeCloseTo((car('NVDA') + car('AVGO') + car('^SOX')) / 3, 12);
    expect((await app.request(`${path}&indices=some`)).status).toBe(400);
  });

  it('answers a bad window list or one inside the estimation window with a 400 naming windows', async () => {
    for (const q of ['windows=2,1', 'windows=a', 'windows=-20,0&estimation=-250,-11']) {
      const res = await app.request(`/api/events/deepseek-selloff-2025-01-27/window?${q}`);
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { message: string } };
      expect(error.message).toMatch(/windows/);
    }
  });
});
