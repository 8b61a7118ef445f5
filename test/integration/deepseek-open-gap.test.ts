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

type Bar = { date: string; open: number; close: number; adjClose: number };

async function bars(ticker: string): Promise<Bar[]> {
  const res = await app.request(`/api/prices?tickers=${ticker}&from=2025-01-24&to=2025-01-27`);
  return ((await res.json()) as { series: { bars: Bar[] }[] }).series[0]?.bars ?? [];
}

describe(`NVDA on Mon 2025-01-27 split at the open, on ${storeKind}`, () => {
  it('puts the DeepSeek move in the gap: AR_gap and AR_session from the raw opens and closes', async () => {
    const res = await app.request(
      '/api/events/deepseek-selloff-2025-01-27/window?tickers=NVDA&model=market-adjusted&pre=1&post=1',
    );
    const w = (await res.json()) as WindowResult;
    const nvda = w.results[0];
    const [nFri, nMon] = await bars('NVDA');
    const [qFri, qMon] = await bars('QQQ');
    if (!nFri || !nMon || !qFri || !qMon) throw new Error('bars missing');
    expect([nFri.date, nMon.date]).toEqual(['2025-01-24', '2025-01-27']);
    // By hand from the raw prices: NVDA closed at 142.62 on Friday, opened near 124.8 on Monday
    // and closed at 118.42. The open is put on the adjusted scale with Monday's adjClose/close.
    expect(nFri.close).toBeCloseTo(142.62, 2);
    expect(nMon.close).toBeCloseTo(118.42, 2);
    const adjOpen = (b: Bar) => (b.open * b.adjClose) / b.close;
    const g = adjOpen(nMon) / nFri.adjClose - 1;
    const s = nMon.close / nMon.open - 1;
    const gm = adjOpen(qMon) / qFri.adjClose - 1;
    const sm = qMon.close / qMon.open - 1;
    // Market-adjusted: AR_gap = g - gm, AR_session = s - sm.
    const split = nvda?.day0Split;
    expect(split?.gap).toBeCloseTo(g, 10);
    expect(split?.session).toBeCloseTo(s, 10);
    expect(split?.arGap).toBeCloseTo(g - gm, 10);
    expect(split?.arSession).toBeCloseTo(s - sm, 10);
    // Most of the day's move came before the open: a gap of about -12%, the session about -5%.
    expect(g).toBeLessThan(-0.1);
    expect(s).toBeGreaterThan(-0.06);
    const ar = nvda?.days.find((d) => d.offset === 0)?.abnormalReturn ?? Number.NaN;
    // The three parts add to AR: the remainder is g s - gm sm.
    expect(split?.remainder).toBeCloseTo(g * s - gm * sm, 10);
    expect((split?.arGap ?? 0) + (split?.arSession ?? 0) + (split?.remainder ?? 0)).toBeCloseTo(
      ar,
      12,
    );
  });

  it('gives the abnormal dollar value as CAR x market value at the close of day -1', async () => {
    const res = await app.request(
      '/api/events/deepseek-selloff-2025-01-27/window?tickers=NVDA&pre=0&post=0',
    );
    const nvda = ((await res.json()) as WindowResult).results[0];
    const shares = nvda?.sharesOutstanding?.shares ?? Number.NaN;
    expect(nvda?.abnormalValueUsd).toBeCloseTo((nvda?.car ?? 0) * shares * 142.62, -6);
    // About -11% of the market model on about $3.5 trillion: some $380 billion, less than the
    // raw change of near -$590 billion, since the benchmark fell too and NVDA's beta is high.
    expect(nvda?.abnormalValueUsd).toBeLessThan(-300e9);
    expect(nvda?.abnormalValueUsd).toBeGreaterThan(nvda?.marketValueChange ?? 0);
  });
});
