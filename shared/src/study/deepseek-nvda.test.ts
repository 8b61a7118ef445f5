import { describe, expect, it } from 'vitest';
import { hasRealPrices, readPriceCsv, skippedNote } from '../calendar/real-data.testing';
import { prepareSeries } from './series';
import { studyTicker } from './ticker-study';

describe.skipIf(!hasRealPrices)(
  `NVDA on the DeepSeek Monday, 2025-01-27 (${hasRealPrices ? 'real data' : skippedNote})`,
  () => {
    it('matches a plain-loop market model over the CSV rows to 1e-9', () => {
      const qqq = readPriceCsv('QQQ');
      const nvda = readPriceCsv('NVDA');

      // Independent computation: common dates, simple returns, OLS over offsets -250..-11.
      const nvdaByDate = new Map(nvda.map((r) => [r.date, r.adjClose]));
      const rows = qqq
        .filter((r) => nvdaByDate.has(r.date))
        .map((r) => ({ date: r.date, m: r.adjClose, i: nvdaByDate.get(r.date) ?? 0 }));
      const d0 = rows.findIndex((r) => r.date === '2025-01-27');
      const ret = (k: number, key: 'm' | 'i') => {
        const now = rows[k];
        const before = rows[k - 1];
        if (!now || !before) throw new Error(`no row ${k}`);
        return now[key] / before[key] - 1;
      };
      const xs: number[] = [];
      const ys: number[] = [];
      for (let k = d0 - 250; k <= d0 - 11; k += 1) {
        xs.push(ret(k, 'm'));
        ys.push(ret(k, 'i'));
      }
      const L1 = xs.length;
      const mx = xs.reduce((a, b) => a + b, 0) / L1;
      const my = ys.reduce((a, b) => a + b, 0) / L1;
      let sxy = 0;
      let sxx = 0;
      for (let k = 0; k < L1; k += 1) {
        sxy += ((xs[k] ?? 0) - mx) * ((ys[k] ?? 0) - my);
        sxx += ((xs[k] ?? 0) - mx) ** 2;
      }
      const beta = sxy / sxx;
      const alpha = my - beta * mx;
      let sse = 0;
      for (let k = 0; k < L1; k += 1) sse += ((ys[k] ?? 0) - alpha - beta * (xs[k] ?? 0)) ** 2;
      const s2 = sse / (L1 - 2);
      const rm0 = ret(d0, 'm');
      const ar = ret(d0, 'i') - alpha - beta * rm0;
      const variance = s2 * (1 + 1 / L1 + (rm0 - mx) ** 2 / sxx);
      const t = ar / Math.sqrt(variance);

      expect(L1).toBe(240);
      expect(ar).toBeCloseTo(-0.109, 2);
      expect(t).toBeCloseTo(-4.6, 1);

      const s = studyTicker({
        stock: prepareSeries(nvda),
        benchmark: prepareSeries(qqq),
        day0: '2025-01-27',
        pre: 0,
        post: 0,
        estimation: [-250, -11],
        model: 'market',
      });
      if (s.status !== 'ok') throw new Error(s.reason);
      expect(Math.abs(s.alpha! - alpha)).toBeLessThan(1e-9);
      expect(Math.abs(s.beta! - beta)).toBeLessThan(1e-9);
      expect(Math.abs(s.car - ar)).toBeLessThan(1e-9);
      expect(Math.abs((s.days[0]?.abnormalReturn ?? 0) - ar)).toBeLessThan(1e-9);
      expect(Math.abs(s.carVariance - variance)).toBeLessThan(1e-12);
      expect(Math.abs((s.carTStat ?? 0) - t)).toBeLessThan(1e-9);
      expect(s.estimationDays).toBe(240);
      expect(s.days[0]?.close).toBeCloseTo(118.38121032714844, 9);
    });
  },
);
