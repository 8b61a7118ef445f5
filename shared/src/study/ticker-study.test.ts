import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marketModel } from './market-model';
import { prepareSeries } from './series';
import { StudyError } from './study-error';
import type { TickerStudy, TickerStudyOk } from './study-types';
import { normal, pricesFromReturns, rng, weekdays } from './synthetic.testing';
import { studyTicker } from './ticker-study';

// design.md's unit-test vector, worked by hand there.
const rmEst = [0.01, -0.02, 0.03, 0, -0.01];
const riEst = [0.018, -0.027, 0.046, 0.001, -0.012];

function ok(s: TickerStudy): TickerStudyOk {
  if (s.status !== 'ok') throw new Error(`excluded: ${s.reason}`);
  return s;
}

describe('market model on the design.md vector', () => {
  it('gives the hand-worked estimates', () => {
    const f = marketModel(riEst, rmEst);
    expect(f.meanM).toBeCloseTo(0.002, 15);
    expect(f.ssm).toBeCloseTo(0.00148, 15);
    expect(f.beta).toBeCloseTo(1.464865, 6);
    expect(f.alpha).toBeCloseTo(0.00227027, 8);
    expect(f.s2 / 9.90991e-7).toBeCloseTo(1, 5);
    expect(f.n).toBe(5);
  });

  it('gives AR = .018432, Var(AR) = 1.406136e-6, t = 15.54 on the event day', () => {
    const dates = weekdays(7);
    const stock = prepareSeries(pricesFromReturns(dates, [0, ...riEst, 0.05]));
    const bench = prepareSeries(pricesFromReturns(dates, [0, ...rmEst, 0.02]));
    const day0 = dates[6] ?? '';
    const s = ok(
      studyTicker({
        stock,
        benchmark: bench,
        day0,
        pre: 0,
        post: 0,
        estimation: [-5, -1],
        model: 'market',
        minEstimationDays: 5,
      }),
    );
    const d = s.days[0];
    expect(d?.abnormalReturn).toBeCloseTo(0.018432, 6);
    expect((d?.arVariance ?? 0) / 1.406136e-6).toBeCloseTo(1, 5);
    expect(d?.arTStat).toBeCloseTo(15.54, 2);
    expect(s.car).toBeCloseTo(0.018432, 6);
    // One-day window: Var(CAR) = s²[1 + 1/5 + .018²/.00148] = Var(AR).
    expect(s.carVariance / 1.406136e-6).toBeCloseTo(1, 5);
    expect(s.df).toBe(3);
    // Student t with 3 df in closed form: F(t) = 1/2 + (u/(1+u²) + atan u)/π, u = t/√3.
    const u = (s.carTStat ?? 0) / Math.sqrt(3);
    expect(s.carPValue).toBeCloseTo(1 - (2 * (u / (1 + u * u) + Math.atan(u))) / Math.PI, 10);
    expect(s.notes).toContain('rests on only 5 estimation days (fewer than 100)');
  });

  it('gives Var(CAR) to each day of the window, the band the chart draws', () => {
    // A second event day with Ri = .03, Rm = -.01. By hand: Σ(Rm - mean_m) over the two days is
    // .018 - .012 = .006, so Var(CAR_2) = s²[2 + 4/5 + .006²/.00148] = 9.90991e-7 x 2.8243243
    // = 2.798878e-6; day 1 alone is Var(AR) = 1.406136e-6.
    const dates = weekdays(8);
    const stock = prepareSeries(pricesFromReturns(dates, [0, ...riEst, 0.05, 0.03]));
    const bench = prepareSeries(pricesFromReturns(dates, [0, ...rmEst, 0.02, -0.01]));
    const s = ok(
      studyTicker({
        stock,
        benchmark: bench,
        day0: dates[6] ?? '',
        pre: 0,
        post: 1,
        estimation: [-5, -1],
        model: 'market',
        minEstimationDays: 5,
      }),
    );
    expect((s.days[0]?.carVariance ?? 0) / 1.406136e-6).toBeCloseTo(1, 5);
    expect((s.days[1]?.carVariance ?? 0) / 2.798878e-6).toBeCloseTo(1, 5);
    expect(s.days[1]?.carVariance).toBe(s.carVariance);
  });
});

function randomMarket(seed: number, n: number) {
  const z = normal(rng(seed));
  return Array.from({ length: n }, () => 0.0004 + 0.012 * z());
}

describe('identities', () => {
  it('a stock that is exactly a + b × market has AR = 0 and beta = b', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: -0.002, max: 0.002, noNaN: true }),
        fc.double({ min: 0.2, max: 2.5, noNaN: true }),
        (seed, a, b) => {
          const dates = weekdays(300);
          const rm = randomMarket(seed, 300);
          const ri = rm.map((m) => a + b * m);
          const s = ok(
            studyTicker({
              stock: prepareSeries(pricesFromReturns(dates, ri)),
              benchmark: prepareSeries(pricesFromReturns(dates, rm)),
              day0: dates[280] ?? '',
              pre: 5,
              post: 5,
            }),
          );
          expect(s.beta).toBeCloseTo(b, 9);
          expect(s.alpha).toBeCloseTo(a, 9);
          for (const d of s.days) expect(Math.abs(d.abnormalReturn ?? 1)).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('CAR is the sum of the ARs, for every model and window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.constantFrom('raw' as const, 'market-adjusted' as const, 'market' as const),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        (seed, model, pre, post) => {
          const dates = weekdays(320);
          const rm = randomMarket(seed, 320);
          const z = normal(rng(seed + 1));
          const ri = rm.map((m) => 0.0003 + 1.3 * m + 0.02 * z());
          const s = ok(
            studyTicker({
              stock: prepareSeries(pricesFromReturns(dates, ri)),
              benchmark: prepareSeries(pricesFromReturns(dates, rm)),
              day0: dates[290] ?? '',
              pre,
              post,
              model,
            }),
          );
          let sum = 0;
          for (const d of s.days) {
            sum += d.abnormalReturn ?? 0;
            expect(d.car).toBeCloseTo(sum, 14);
          }
          expect(s.car).toBeCloseTo(sum, 14);
          expect(s.days).toHaveLength(pre + post + 1);
          expect(s.days[pre]?.date).toBe(dates[290]);
          expect(s.estimationDays).toBe(240);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('raw and market-adjusted use the AR sample variance with L1 - 1 df', () => {
    const dates = weekdays(300);
    const rm = randomMarket(7, 300);
    const z = normal(rng(8));
    const ri = rm.map((m) => 1.1 * m + 0.015 * z());
    const s = ok(
      studyTicker({
        stock: prepareSeries(pricesFromReturns(dates, ri)),
        benchmark: prepareSeries(pricesFromReturns(dates, rm)),
        day0: dates[280] ?? '',
        pre: 2,
        post: 3,
        model: 'market-adjusted',
      }),
    );
    // Second computation from the raw input: AR = Ri - Rm over sessions 30..269.
    const ar = ri.slice(30, 270).map((r, k) => r - (rm[30 + k] ?? 0));
    const mean = ar.reduce((x, y) => x + y, 0) / ar.length;
    const s2 = ar.reduce((x, y) => x + (y - mean) ** 2, 0) / (ar.length - 1);
    expect(s.df).toBe(239);
    expect(s.residualSd).toBeCloseTo(Math.sqrt(s2), 6);
    expect(s.carVariance).toBeCloseTo(6 * s2, 10);
    expect(s.days[0]?.abnormalReturn).toBeCloseTo((ri[278] ?? 0) - (rm[278] ?? 0), 6);
    expect(s.alpha).toBeNull();
  });
});

describe('exclusions and errors', () => {
  const dates = weekdays(300);
  const rm = randomMarket(3, 300);
  const stock = prepareSeries(
    pricesFromReturns(
      dates,
      rm.map((m) => m * 1.2 + 0.001),
    ),
  );
  const bench = prepareSeries(pricesFromReturns(dates, rm));
  const base = { stock, benchmark: bench, pre: 5, post: 5 };

  it('excludes a ticker with too little history, saying why', () => {
    const s = studyTicker({ ...base, day0: dates[110] ?? '' });
    expect(s).toEqual({
      status: 'excluded',
      day0: dates[110],
      reason:
        'only 99 valid returns in the estimation window [-250, -11] ' +
        `(the data starts on ${dates[0]}), at least 100 needed`,
    });
  });

  it('excludes a window that runs past the data', () => {
    const s = studyTicker({ ...base, day0: dates[297] ?? '' });
    expect(s.status).toBe('excluded');
    expect(s.status === 'excluded' && s.reason).toContain('the data stops at');
  });

  it('rejects an estimation window that overlaps the event window', () => {
    expect(() => studyTicker({ ...base, day0: dates[280] ?? '', estimation: [-100, -5] })).toThrow(
      StudyError,
    );
    expect(() =>
      studyTicker({ ...base, day0: dates[280] ?? '', estimation: [-100, -6] }),
    ).not.toThrow();
    expect(() => studyTicker({ ...base, benchmark: null, day0: dates[280] ?? '' })).toThrow(
      expect.objectContaining({ code: 'no-benchmark' }),
    );
  });

  it('gives no t statistic for a ticker that is its own benchmark', () => {
    const s = ok(studyTicker({ ...base, stock: bench, day0: dates[280] ?? '' }));
    expect(s.car).toBe(0);
    expect(s.carTStat).toBeNull();
    expect(s.beta).toBe(1);
  });
});

describe('JSON safety', () => {
  it('serialises to plain JSON with the estimation residuals by date', () => {
    const dates = weekdays(300);
    const rm = randomMarket(9, 300);
    const s = ok(
      studyTicker({
        stock: prepareSeries(
          pricesFromReturns(
            dates,
            rm.map((m) => 1.5 * m + 0.001),
          ),
        ),
        benchmark: prepareSeries(
          pricesFromReturns(
            dates,
            rm.map((m) => m + 0.0001),
          ),
        ),
        day0: dates[280] ?? '',
        pre: 1,
        post: 1,
        model: 'market-adjusted',
      }),
    );
    const json = JSON.parse(JSON.stringify(s));
    expect(json.estimationResiduals.dates).toHaveLength(240);
    expect(json.estimationResiduals.dates[0]).toBe(dates[30]);
    expect(json.estimationResiduals.firstOffset).toBe(-250);
    // Market-adjusted: the estimation AR is R - Rm, recomputed here from the inputs.
    const r = (p: number) => (rm[p] ?? 0) * 0.5 + 0.0009;
    expect(json.estimationResiduals.values[0]).toBeCloseTo(r(30), 12);
    expect(Object.keys(json).sort()).toEqual(Object.keys(s).sort());
    expect(JSON.stringify(json).includes('NaN')).toBe(false);
  });
});
