import { describe, expect, it } from 'vitest';
import { hasRealPrices, readPriceCsv, skippedNote } from '../calendar/real-data.testing';
import { aggregateStudies } from './aggregate';
import { hasRealFactors, readFactorRows } from './factor-data.testing';
import { prepareFactors } from './factor-series';
import { prepareSeries } from './series';
import { studyTicker } from './ticker-study';

const present = hasRealPrices && hasRealFactors;

/** Solves A x = b by Gaussian elimination with partial pivoting (A is copied). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c += 1) {
    let p = c;
    for (let r = c + 1; r < n; r += 1)
      if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[p]?.[c] ?? 0)) p = r;
    [m[c], m[p]] = [m[p] ?? [], m[c] ?? []];
    for (let r = c + 1; r < n; r += 1) {
      const f = (m[r]?.[c] ?? 0) / (m[c]?.[c] ?? 1);
      for (let k = c; k <= n; k += 1)
        (m[r] as number[])[k] = (m[r]?.[k] ?? 0) - f * (m[c]?.[k] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) {
    let s = m[r]?.[n] ?? 0;
    for (let k = r + 1; k < n; k += 1) s -= (m[r]?.[k] ?? 0) * (x[k] ?? 0);
    x[r] = s / (m[r]?.[r] ?? 1);
  }
  return x;
}

/**
 * The slow direct method: rows x_t = (1, F_t), X'X and X'y summed plainly, the normal equations
 * solved by elimination, (X'X)^-1 v solved afresh for each quadratic form.
 */
function direct(ticker: string, factorNames: string[], day0: string) {
  const prices = readPriceCsv(ticker);
  const factors = new Map(readFactorRows().map((r) => [r.date, r]));
  const d0 = prices.findIndex((r) => r.date === day0);
  const row = (k: number) => {
    const now = prices[k];
    const before = prices[k - 1];
    const f = factors.get(now?.date ?? '');
    if (!now || !before || !f) throw new Error(`no row ${k}`);
    const rec = f as unknown as Record<string, number>;
    return {
      r: now.adjClose / before.adjClose - 1,
      rf: f.rf / 100,
      x: [1, ...factorNames.map((n) => (rec[n] ?? Number.NaN) / 100)],
    };
  };
  const p = factorNames.length + 1;
  const xtx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  const est = [];
  for (let k = d0 - 250; k <= d0 - 11; k += 1) est.push(row(k));
  for (const { r, rf, x } of est) {
    for (let i = 0; i < p; i += 1) {
      xty[i] = (xty[i] ?? 0) + (x[i] ?? 0) * (r - rf);
      for (let j = 0; j < p; j += 1)
        (xtx[i] as number[])[j] = (xtx[i]?.[j] ?? 0) + (x[i] ?? 0) * (x[j] ?? 0);
    }
  }
  const b = solve(xtx, xty);
  const fitted = (x: number[]) => x.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);
  const sse = est.reduce((s, { r, rf, x }) => s + (r - rf - fitted(x)) ** 2, 0);
  const s2 = sse / (est.length - p);
  const window = [];
  for (let k = d0 - 5; k <= d0 + 5; k += 1) window.push(row(k));
  const ar = window.map(({ r, rf, x }) => r - rf - fitted(x));
  const sumX = new Array<number>(p).fill(0);
  for (const { x } of window) for (let i = 0; i < p; i += 1) sumX[i] = (sumX[i] ?? 0) + (x[i] ?? 0);
  const z = solve(xtx, sumX);
  const quad = sumX.reduce((s, v, i) => s + v * (z[i] ?? 0), 0);
  const x0 = window[5]?.x ?? [];
  const z0 = solve(xtx, x0);
  const lev0 = x0.reduce((s, v, i) => s + v * (z0[i] ?? 0), 0);
  return {
    l1: est.length,
    b,
    ar,
    car: ar.reduce((s, v) => s + v, 0),
    // Buy and hold: Π(1 + R) against Π(1 + Rf + a + b'F).
    bhar:
      window.reduce((p, { r }) => p * (1 + r), 1) -
      window.reduce((p, { rf, x }) => p * (1 + rf + fitted(x)), 1),
    carVariance: s2 * (window.length + quad),
    arVariance0: s2 * (1 + lev0),
  };
}

describe.skipIf(!present)(
  `factor models on the real prices and factors (${present ? 'real data' : skippedNote})`,
  () => {
    const cases = [
      { model: 'ff5', names: ['mktRf', 'smb5', 'hml5', 'rmw', 'cma'] },
      { model: 'carhart', names: ['mktRf', 'smb', 'hml', 'mom'] },
    ] as const;
    for (const { model, names } of cases) {
      it(`${model}: NVDA around 2025-01-27 agrees with the direct method to 1e-10`, () => {
        const want = direct('NVDA', [...names], '2025-01-27');
        const s = studyTicker({
          stock: prepareSeries(readPriceCsv('NVDA')),
          benchmark: prepareSeries(readPriceCsv('QQQ')),
          factors: prepareFactors(readFactorRows()),
          day0: '2025-01-27',
          pre: 5,
          post: 5,
          model,
        });
        if (s.status !== 'ok') throw new Error(s.reason);
        expect(s.estimationDays).toBe(240);
        expect(want.l1).toBe(240);
        expect(s.df).toBe(240 - names.length - 1);
        expect(Math.abs((s.alpha ?? 0) - (want.b[0] ?? 0))).toBeLessThan(1e-10);
        names.forEach((n, i) => {
          const reported = n.replace('5', '');
          expect(Math.abs((s.loadings?.[reported] ?? 0) - (want.b[i + 1] ?? 0))).toBeLessThan(
            1e-10,
          );
        });
        s.days.forEach((d, i) => {
          expect(Math.abs((d.abnormalReturn ?? 0) - (want.ar[i] ?? 0))).toBeLessThan(1e-10);
        });
        expect(Math.abs(s.car - want.car)).toBeLessThan(1e-10);
        expect(Math.abs((s.bhar ?? 0) - want.bhar)).toBeLessThan(1e-10);
        expect(Math.abs(s.carVariance - want.carVariance)).toBeLessThan(1e-10);
        expect(Math.abs((s.days[5]?.arVariance ?? 0) - want.arVariance0)).toBeLessThan(1e-10);
        // The AR is the model's, not the market model's: NVDA fell 16.97% that day.
        expect(s.days[5]?.return).toBeCloseTo(118.42 / 142.62 - 1, 3);
      });
    }

    it('says so when the window runs past the last factor date (2026-04-30)', () => {
      const s = studyTicker({
        stock: prepareSeries(readPriceCsv('NVDA')),
        benchmark: prepareSeries(readPriceCsv('QQQ')),
        factors: prepareFactors(readFactorRows()),
        day0: '2026-04-28',
        pre: 1,
        post: 5,
        model: 'ff3',
      });
      if (s.status !== 'ok') throw new Error(s.reason);
      // Window 04-27 .. 05-05: 04-27, 04-28, 04-29, 04-30 have factors; 05-01 .. 05-05 do not.
      expect(s.eventDays).toBe(4);
      expect(s.days.filter((d) => d.abnormalReturn === null).map((d) => d.date)).toEqual([
        '2026-05-01',
        '2026-05-04',
        '2026-05-05',
      ]);
      expect(s.notes.join(' ')).toContain('the factor data end on 2026-04-30: 3 session(s)');
    });
  },
);

describe.skipIf(!present)(
  `aggregate tests on factor models (${present ? 'real data' : skippedNote})`,
  () => {
    it('take the standardised ARs of FF5 studies as they take the market model', () => {
      const qqq = prepareSeries(readPriceCsv('QQQ'));
      const factors = prepareFactors(readFactorRows());
      const studies = ['NVDA', 'AMD', 'AVGO', 'TSM', 'MSFT'].map((t) =>
        studyTicker({
          stock: prepareSeries(readPriceCsv(t)),
          benchmark: qqq,
          factors,
          day0: '2025-01-27',
          pre: 1,
          post: 1,
          model: 'ff5',
        }),
      );
      const agg = aggregateStudies(studies);
      const ok = studies.flatMap((s) => (s.status === 'ok' ? [s] : []));
      expect(agg.n).toBe(5);
      expect(agg.caar).toBeCloseTo(ok.reduce((a, s) => a + s.car, 0) / 5, 14);
      // BMP t (Boehmer et al. 1991): mean SCAR over its cross-sectional sd / sqrt(N).
      const scars = ok.map((s) => s.carTStat ?? 0);
      const mean = scars.reduce((a, b) => a + b, 0) / 5;
      const sd = Math.sqrt(scars.reduce((a, b) => a + (b - mean) ** 2, 0) / 4);
      const bmp = agg.tests.find((t) => t.id === 'bmp');
      expect(bmp?.statistic).toBeCloseTo(mean / (sd / Math.sqrt(5)), 10);
      expect(agg.tests.find((t) => t.id === 'rank')?.statistic).toEqual(expect.any(Number));
    });
  },
);
