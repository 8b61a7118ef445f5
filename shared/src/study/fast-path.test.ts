import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasRealPrices, readPriceCsv, skippedNote } from '../calendar/real-data.testing';
import { aggregateStudies } from './aggregate';
import { type DirectStudy, directAggregate, directStudy } from './direct.testing';
import { olsSums } from './market-model';
import { prepareSeries, type ReturnSeries, seriesFromCloses } from './series';
import type { StudyModel, TickerStudy, TickerStudyOk } from './study-types';
import { normal, pricesFromReturns, rng, weekdays } from './synthetic.testing';
import { studyTicker } from './ticker-study';

/** Equal to 1e-10 relative, or 1e-12 absolute for figures near zero; nulls must match. */
function close(
  actual: number | null | undefined,
  expected: number | null | undefined,
  what: string,
) {
  if (actual === null || expected === null || actual === undefined || expected === undefined) {
    expect(actual ?? null, what).toBe(expected ?? null);
    return;
  }
  const tolerance = 1e-10 * Math.max(Math.abs(actual), Math.abs(expected)) + 1e-12;
  if (!(Math.abs(actual - expected) <= tolerance)) {
    expect.fail(`${what}: ${actual} vs ${expected} (tolerance ${tolerance})`);
  }
}

function sameStudy(s: TickerStudyOk, d: DirectStudy, what: string) {
  close(s.alpha, d.alpha, `${what} alpha`);
  close(s.beta, d.beta, `${what} beta`);
  close(s.r2, d.r2, `${what} r2`);
  close(s.residualSd, d.residualSd, `${what} residualSd`);
  expect(s.df, what).toBe(d.df);
  expect(s.estimationDays, what).toBe(d.estimationDays);
  expect(s.positiveShare, `${what} positiveShare`).toBe(d.positiveShare);
  close(s.car, d.car, `${what} car`);
  close(s.carVariance, d.carVariance, `${what} carVariance`);
  close(s.carTStat, d.carTStat, `${what} carTStat`);
  close(s.carPValue, d.carPValue, `${what} carPValue`);
  close(s.bhar, d.bhar, `${what} BHAR`);
  s.days.forEach((day, k) => {
    const ref = d.days[k];
    expect(day.offset).toBe(ref?.offset);
    close(day.abnormalReturn, ref?.ar, `${what} AR ${day.offset}`);
    close(day.car, ref?.car, `${what} CAR ${day.offset}`);
    close(day.arVariance, ref?.variance, `${what} Var(AR) ${day.offset}`);
  });
  const json: { firstOffset: number; values: (number | null)[] } = JSON.parse(
    JSON.stringify(s.estimationResiduals),
  );
  json.values.forEach((v, k) => {
    close(v, d.residuals.get(json.firstOffset + k) ?? null, `${what} residual ${k}`);
  });
}

interface Case {
  stocks: ReturnSeries[];
  benchmark: ReturnSeries;
  day0: string;
  pre: number;
  post: number;
  estimation: [number, number];
  model: StudyModel;
  minEstimationDays: number;
}

function checkCase(c: Case) {
  const studies: TickerStudy[] = [];
  const direct: DirectStudy[] = [];
  c.stocks.forEach((stock, i) => {
    const options = { ...c, stock, benchmark: c.model === 'raw' ? null : c.benchmark };
    const s = studyTicker(options);
    const d = directStudy(options);
    expect(s.status, `ticker ${i}`).toBe(d === null ? 'excluded' : 'ok');
    if (s.status === 'ok' && d !== null) {
      sameStudy(s, d, `ticker ${i}`);
      direct.push(d);
    }
    studies.push(s);
  });
  const agg = aggregateStudies(studies);
  expect(agg.n).toBe(direct.length);
  if (direct.length === 0) return;
  const ref = directAggregate(direct);
  close(agg.caar, ref.caar, 'CAAR');
  close(agg.meanCorrelation, ref.meanCorrelation, 'mean correlation');
  close(agg.kpFactor, Number.isFinite(ref.kpFactor) ? ref.kpFactor : null, 'KP factor');
  for (const t of agg.tests) close(t.statistic, ref.tests[t.id], t.id);
  close(agg.tests.find((t) => t.id === 'patell')?.pValue, ref.pValues.patell, 'Patell p');
  agg.days.forEach((day, k) => {
    close(day.aar, ref.days[k]?.aar, `AAR ${day.offset}`);
    expect(day.n).toBe(ref.days[k]?.n);
    close(day.tStat, ref.days[k]?.tStat, `AAR t ${day.offset}`);
  });
}

/** A market, a sector shock and stocks with gaps, NaN closes and late listings. */
function market(a: { seed: number; tickers: number; length: number; gaps: boolean }) {
  const u = rng(a.seed);
  const z = normal(u);
  const dates = weekdays(a.length);
  const rm = dates.map(() => 0.0004 + 0.011 * z());
  const sector = dates.map(() => 0.006 * z());
  const stocks = Array.from({ length: a.tickers }, (_, i) => {
    const beta = 0.4 + 1.4 * u();
    const sd = 0.005 + 0.025 * u();
    const returns = rm.map((m, t) => 0.0003 * (u() - 0.5) + beta * m + (sector[t] ?? 0) + sd * z());
    const points = pricesFromReturns(dates, returns);
    if (!a.gaps) return prepareSeries(points);
    const kind = i % 4;
    if (kind === 1) return prepareSeries(points.filter(() => u() > 0.04));
    if (kind === 2) {
      const closes = Float64Array.from(points, (p) => (u() < 0.03 ? Number.NaN : p.adjClose));
      return seriesFromCloses(dates, closes);
    }
    if (kind === 3) return prepareSeries(points.slice(Math.floor(u() * a.length * 0.8)));
    return prepareSeries(points);
  });
  return { dates, benchmark: prepareSeries(pricesFromReturns(dates, rm)), stocks };
}

describe('fast paths against the direct computation (property)', () => {
  it('studies and aggregates agree to 1e-10 on random markets with gaps and short histories', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 2 ** 30 }),
          tickers: fc.integer({ min: 1, max: 9 }),
          length: fc.integer({ min: 60, max: 700 }),
          gaps: fc.boolean(),
          model: fc.constantFrom<StudyModel>('market', 'market', 'market-adjusted', 'raw'),
          pre: fc.integer({ min: 0, max: 8 }),
          post: fc.integer({ min: 0, max: 8 }),
          gap: fc.integer({ min: 1, max: 20 }),
          length1: fc.integer({ min: 20, max: 300 }),
          at: fc.double({ min: 0, max: 1, noNaN: true }),
          minEstimationDays: fc.integer({ min: 3, max: 120 }),
        }),
        (p) => {
          const m = market(p);
          const to = -p.pre - p.gap;
          const day0 = m.dates[Math.floor(p.at * (m.dates.length - 1))] ?? '';
          checkCase({
            ...m,
            day0,
            pre: p.pre,
            post: p.post,
            estimation: [to - p.length1 + 1, to],
            model: p.model,
            minEstimationDays: p.minEstimationDays,
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('agrees on an estimation window longer than the scratch space (5,000 sessions)', () => {
    const m = market({ seed: 99, tickers: 4, length: 5200, gaps: true });
    checkCase({
      ...m,
      day0: m.dates[5100] ?? '',
      pre: 3,
      post: 3,
      estimation: [-5000, -11],
      model: 'market',
      minEstimationDays: 100,
    });
  });

  it('agrees at the benchmark size: 40 tickers, 10 years, window [-10, +10]', () => {
    const m = market({ seed: 20250127, tickers: 40, length: 2520, gaps: false });
    for (const at of [300, 1200, 2500]) {
      checkCase({
        ...m,
        day0: m.dates[at] ?? '',
        pre: 10,
        post: 10,
        estimation: [-250, -11],
        model: 'market',
        minEstimationDays: 100,
      });
    }
  });
});

describe('fits the prefix sums cannot serve take the one-pass sums, to the last bit', () => {
  const dates = weekdays(400);
  const z = normal(rng(17));
  const rm = dates.map(() => 0.0004 + 0.011 * z());
  const benchmark = prepareSeries(pricesFromReturns(dates, rm));
  const day0 = dates[380] ?? '';
  const window = { from: 380 - 250, to: 380 - 10 };

  it('a stock that is exactly 0.001 + 1.2 × its benchmark: residuals are rounding noise', () => {
    const stock = prepareSeries(
      pricesFromReturns(
        dates,
        rm.map((m) => 0.001 + 1.2 * m),
      ),
    );
    const s = studyTicker({ stock, benchmark, day0, pre: 5, post: 5 });
    if (s.status !== 'ok') throw new Error(s.reason);
    const one = olsSums({ ri: stock.returns, rm: benchmark.returns, ...window });
    expect(s.alpha).toBe(one.alpha);
    expect(s.beta).toBe(one.beta);
    expect(s.carTStat).toBeNull();
  });

  it('a benchmark that does not move is excluded, as the one-pass sums say', () => {
    const flat = prepareSeries(
      pricesFromReturns(
        dates,
        dates.map(() => 0.0003),
      ),
    );
    const stock = prepareSeries(pricesFromReturns(dates, rm));
    const s = studyTicker({ stock, benchmark: flat, day0, pre: 5, post: 5 });
    // Σ(Rm - mean)² is 0 to the last bit, so beta is 0/0 and no residual exists.
    expect(olsSums({ ri: stock.returns, rm: flat.returns, ...window }).sxx).toBe(0);
    expect(s).toEqual({
      status: 'excluded',
      day0,
      reason: 'only 0 valid returns in the estimation window [-250, -11], at least 100 needed',
    });
  });
});

describe.skipIf(!hasRealPrices)(
  `real prices against the direct computation (${hasRealPrices ? 'real data' : skippedNote})`,
  () => {
    it('every ticker on QQQ around the DeepSeek Monday and other days agrees to 1e-10', () => {
      const tickers = ['NVDA', 'AMD', 'AVGO', 'TSM', 'MSFT', 'GOOGL', 'META', 'ARM', 'SMCI', 'VST'];
      const stocks = tickers.map((t) => prepareSeries(readPriceCsv(t)));
      const benchmark = prepareSeries(readPriceCsv('QQQ'));
      for (const day0 of ['2025-01-27', '2024-03-01', '2023-10-02', '2025-04-07']) {
        for (const model of ['market', 'market-adjusted'] as const) {
          checkCase({
            stocks,
            benchmark,
            day0,
            pre: 5,
            post: 5,
            estimation: [-250, -11],
            model,
            minEstimationDays: 100,
          });
        }
      }
    });
  },
);
