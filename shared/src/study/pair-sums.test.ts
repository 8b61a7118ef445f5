import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignPair } from './align';
import { olsSums } from './market-model';
import { windowOlsSums } from './pair-sums';
import { prepareSeries, seriesFromCloses } from './series';
import { normal, pricesFromReturns, rng, weekdays } from './synthetic.testing';

/** Second method: two-pass sums over the finite pairs of the window. */
function twoPass(ri: Float64Array, rm: Float64Array, from: number, to: number) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let t = from; t < to; t += 1) {
    const x = rm[t] ?? Number.NaN;
    const y = ri[t] ?? Number.NaN;
    if (Number.isFinite(x) && Number.isFinite(y)) {
      xs.push(x);
      ys.push(y);
    }
  }
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let k = 0; k < n; k += 1) {
    const dx = (xs[k] ?? 0) - mx;
    const dy = (ys[k] ?? 0) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  return { n, meanM: mx, meanI: my, sxx, sxy, syy, beta: sxy / sxx };
}

const near = (a: number, b: number, scale: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * scale);

describe('window OLS sums from block prefix sums', () => {
  it('match two-pass sums on any window, with missing days (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 40, max: 900 }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: -0.01, max: 0.05, noNaN: true }),
        fc.tuple(fc.nat(), fc.nat()),
        (seed, length, missing, drift, [p, q]) => {
          const u = rng(seed);
          const z = normal(u);
          const dates = weekdays(length);
          const rm = dates.map(() => drift + 0.01 * z());
          const bench = prepareSeries(pricesFromReturns(dates, rm));
          const prices = pricesFromReturns(
            dates,
            rm.map((m) => drift + 1.3 * m + 0.02 * z()),
          );
          const closes = Float64Array.from(prices, (x) =>
            u() < missing ? Number.NaN : x.adjClose,
          );
          const a = alignPair(seriesFromCloses(dates, closes), bench);
          if (a.rm === null) throw new Error('no benchmark');
          const from = 1 + (p % (length - 1));
          const to = from + 1 + (q % (length - from));
          const served = windowOlsSums({ a, rm: a.rm, from, to });
          const slow = twoPass(a.ri, a.rm, from, to);
          if (served === null) {
            // Declined only where the window has too few returns to centre its sums.
            expect(slow.n).toBeLessThan(3);
            return;
          }
          const fast = { ...served };
          expect(fast.n).toBe(slow.n);
          if (slow.n < 3) return;
          const scale = Math.sqrt(slow.sxx * slow.syy);
          near(fast.meanM, slow.meanM, Math.abs(slow.meanM) + 0.01);
          near(fast.meanI, slow.meanI, Math.abs(slow.meanI) + 0.01);
          near(fast.sxx, slow.sxx, slow.sxx);
          near(fast.syy, slow.syy, slow.syy);
          near(fast.sxy, slow.sxy, scale);
          near(fast.beta, slow.beta, Math.sqrt(slow.syy / slow.sxx));
          const direct = olsSums({ ri: a.ri, rm: a.rm, from, to });
          near(fast.alpha, direct.alpha, Math.abs(direct.alpha) + 1e-4);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps its digits on a series whose mean dwarfs its spread', () => {
    const dates = weekdays(2600);
    const z = normal(rng(4));
    // 5% a day with 1e-4 noise: Σx² over the series is 1e6 times the window's centred sum.
    const rm = dates.map(() => 0.05 + 1e-4 * z());
    const bench = prepareSeries(pricesFromReturns(dates, rm));
    const stock = prepareSeries(
      pricesFromReturns(
        dates,
        rm.map((m) => 2 * m + 1e-4 * z()),
      ),
    );
    const a = alignPair(stock, bench);
    if (a.rm === null) throw new Error('no benchmark');
    const fast = { ...windowOlsSums({ a, rm: a.rm, from: 2000, to: 2240 }) };
    const slow = twoPass(a.ri, a.rm, 2000, 2240);
    expect(Math.abs((fast.sxx ?? 0) / slow.sxx - 1)).toBeLessThan(1e-10);
    expect(Math.abs((fast.beta ?? 0) / slow.beta - 1)).toBeLessThan(1e-10);
  });

  it('declines windows it cannot serve to 1e-11: a drifting series, a flat benchmark', () => {
    const dates = weekdays(1200);
    const z = normal(rng(5));
    // The benchmark runs at 0 for 1000 sessions, then at 5% a day with 1e-5 noise.
    const rm = dates.map((_, t) => (t < 1000 ? 0.01 * z() : 0.05 + 1e-5 * z()));
    const bench = prepareSeries(pricesFromReturns(dates, rm));
    const stock = prepareSeries(
      pricesFromReturns(
        dates,
        rm.map((m) => m + 0.01 * z()),
      ),
    );
    const a = alignPair(stock, bench);
    if (a.rm === null) throw new Error('no benchmark');
    expect(windowOlsSums({ a, rm: a.rm, from: 1010, to: 1190 })).toBeNull();
    expect(windowOlsSums({ a, rm: a.rm, from: 100, to: 340 })).not.toBeNull();
    const flat = prepareSeries(
      pricesFromReturns(
        dates,
        dates.map(() => 0.001),
      ),
    );
    const b = alignPair(stock, flat);
    if (b.rm === null) throw new Error('no benchmark');
    expect(windowOlsSums({ a: b, rm: b.rm, from: 100, to: 340 })).toBeNull();
  });
});
