import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateStudies } from './aggregate';
import { portfolioT } from './aggregate-statistics';
import { buildEventTimePanel } from './event-time-panel';
import { prepareSeries, type ReturnSeries } from './series';
import { StudyError } from './study-error';
import type { TickerStudy, TickerStudyOk } from './study-types';
import { normal, pricesFromReturns, rng, weekdays } from './synthetic.testing';
import { studyTicker } from './ticker-study';

const isOk = (s: TickerStudy): s is TickerStudyOk => s.status === 'ok';

/** N stocks on one market with a shared industry shock, so residuals are correlated. */
function sector(seed: number, n: number, length = 320) {
  const z = normal(rng(seed));
  const dates = weekdays(length);
  const rm = dates.map(() => 0.0004 + 0.011 * z());
  const industry = dates.map(() => 0.01 * z());
  const stocks = Array.from({ length: n }, () => {
    const beta = 0.6 + z() * 0.2;
    return prepareSeries(
      pricesFromReturns(
        dates,
        rm.map((m, t) => beta * m + (industry[t] ?? 0) + 0.015 * z()),
      ),
    );
  });
  return { dates, benchmark: prepareSeries(pricesFromReturns(dates, rm)), stocks };
}

function studyAll(a: { benchmark: ReturnSeries; stocks: ReturnSeries[]; day0: string }) {
  return a.stocks.map((stock) =>
    studyTicker({ stock, benchmark: a.benchmark, day0: a.day0, pre: 3, post: 5 }),
  );
}

/** Second method for r: plain Pearson over every pair, on the JSON form of the residuals. */
function pairwiseR(studies: readonly TickerStudyOk[]): number {
  const series = studies.map((s) => {
    const json: { dates: string[]; values: (number | null)[] } = JSON.parse(
      JSON.stringify(s.estimationResiduals),
    );
    return new Map(json.dates.map((d, k) => [d, json.values[k] ?? null]));
  });
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < series.length; i += 1) {
    for (let j = i + 1; j < series.length; j += 1) {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const [d, x] of series[i] ?? []) {
        const y = series[j]?.get(d);
        if (x !== null && y !== null && y !== undefined) {
          xs.push(x);
          ys.push(y);
        }
      }
      const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
      const my = ys.reduce((a, b) => a + b, 0) / ys.length;
      let sxy = 0;
      let sxx = 0;
      let syy = 0;
      xs.forEach((x, k) => {
        sxy += (x - mx) * ((ys[k] ?? 0) - my);
        sxx += (x - mx) ** 2;
        syy += ((ys[k] ?? 0) - my) ** 2;
      });
      sum += sxy / Math.sqrt(sxx * syy);
      pairs += 1;
    }
  }
  return sum / pairs;
}

describe('aggregateStudies on correlated synthetic tickers', () => {
  const { dates, benchmark, stocks } = sector(11, 12);
  const studies = studyAll({ benchmark, stocks, day0: dates[300] ?? '' }).filter(isOk);
  const agg = aggregateStudies(studies);

  it('puts the clustering-robust tests first, KP-adjusted BMP as the headline', () => {
    expect(agg.tests.map((t) => t.id)).toEqual([
      'bmp-kp',
      'patell-kp',
      'portfolio',
      'rank',
      'bmp',
      'patell',
      'cross-sectional-t',
      'generalized-sign',
      'bhar-skewness-adjusted',
    ]);
    expect(agg.tests.map((t) => t.clusteringRobust)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('recomputes CAAR, BMP, Patell and the KP adjustment by hand', () => {
    const scars = studies.map((s) => s.carTStat ?? 0);
    const n = scars.length;
    const mean = scars.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(scars.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
    const bmp = mean / (sd / Math.sqrt(n));
    const r = pairwiseR(studies);
    const factor = Math.sqrt((1 - r) / (1 + (n - 1) * r));
    const patell = scars.reduce((a, b) => a + b, 0) / Math.sqrt(n * (238 / 236));
    const byId = new Map(agg.tests.map((t) => [t.id, t]));

    expect(agg.n).toBe(12);
    expect(agg.caar).toBeCloseTo(studies.reduce((a, s) => a + s.car, 0) / n, 15);
    expect(r).toBeGreaterThan(0.1);
    expect(agg.meanCorrelation).toBeCloseTo(r, 12);
    expect(agg.kpFactor).toBeCloseTo(factor, 12);
    expect(byId.get('bmp')?.statistic).toBeCloseTo(bmp, 12);
    expect(byId.get('bmp-kp')?.statistic).toBeCloseTo(bmp * factor, 12);
    expect(byId.get('patell')?.statistic).toBeCloseTo(patell, 12);
    expect(byId.get('patell-kp')?.statistic).toBeCloseTo(patell * factor, 12);
    expect(byId.get('bmp-kp')?.distribution).toBe('t(11)');
  });

  it('reports AAR and CAAR per offset as cross-sectional means', () => {
    expect(agg.days.map((d) => d.offset)).toEqual([-3, -2, -1, 0, 1, 2, 3, 4, 5]);
    let caar = 0;
    agg.days.forEach((d, k) => {
      const ars = studies.map((s) => s.days[k]?.abnormalReturn ?? 0);
      caar += ars.reduce((a, b) => a + b, 0) / ars.length;
      expect(d.aar).toBeCloseTo(ars.reduce((a, b) => a + b, 0) / ars.length, 15);
      expect(d.caar).toBeCloseTo(caar, 15);
      expect(d.date).toBe(dates[297 + k]);
    });
    expect(agg.days.at(-1)?.caar).toBeCloseTo(agg.caar, 14);
  });

  it('generalized sign uses the share of positive estimation residuals', () => {
    let positive = 0;
    let total = 0;
    for (const s of studies) {
      const json: { values: (number | null)[] } = JSON.parse(JSON.stringify(s.estimationResiduals));
      const mine = json.values.filter((v): v is number => v !== null);
      positive += mine.filter((v) => v > 0).length / mine.length;
      total += 1;
    }
    const pHat = positive / total;
    const w = studies.filter((s) => s.car > 0).length;
    const z = (w - 12 * pHat) / Math.sqrt(12 * pHat * (1 - pHat));
    expect(agg.tests.find((t) => t.id === 'generalized-sign')?.statistic).toBeCloseTo(z, 12);
  });
});

describe('aggregate identities (property)', () => {
  it('portfolio CAR = mean CAR, and the O(NT) r equals the pairwise r', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 9 }), (seed, n) => {
        const { dates, benchmark, stocks } = sector(seed, n);
        const studies = studyAll({ benchmark, stocks, day0: dates[290] ?? '' }).filter(isOk);
        const meanCar = studies.reduce((a, s) => a + s.car, 0) / studies.length;
        expect(portfolioT(buildEventTimePanel(studies)).car).toBeCloseTo(meanCar, 14);
        expect(aggregateStudies(studies).meanCorrelation).toBeCloseTo(pairwiseR(studies), 10);
      }),
      { numRuns: 25 },
    );
  });

  it('uses pairwise common dates when a ticker misses sessions', () => {
    const { dates, benchmark, stocks } = sector(5, 4);
    const gappy = stocks[0];
    if (gappy === undefined) throw new Error('no stock');
    const points = gappy.dates
      .map((date, i) => ({ date, adjClose: gappy.closes[i] ?? 0 }))
      .filter((_, i) => i !== 150 && i !== 151 && i !== 200);
    const withGap = [prepareSeries(points), ...stocks.slice(1)];
    const studies = studyAll({ benchmark, stocks: withGap, day0: dates[300] ?? '' }).filter(isOk);
    expect(studies[0]?.estimationDays).toBe(237);
    expect(aggregateStudies(studies).meanCorrelation).toBeCloseTo(pairwiseR(studies), 12);
  });
});

describe('the rank and portfolio tests end to end', () => {
  it('match the hand example through studyTicker (raw model)', () => {
    const dates = weekdays(5);
    const make = (r: number[]) => prepareSeries(pricesFromReturns(dates, [0, ...r]));
    const studies = [make([0.1, 0.2, 0.3, 0.4]), make([0.4, 0.1, 0.3, 0.2])].map((stock) =>
      studyTicker({
        stock,
        benchmark: null,
        day0: dates[4] ?? '',
        pre: 0,
        post: 0,
        estimation: [-3, -1],
        model: 'raw',
        minEstimationDays: 3,
      }),
    );
    const agg = aggregateStudies(studies);
    const byId = new Map(agg.tests.map((t) => [t.id, t]));
    // Ranks 1 2 3 | 4 and 4 1 3 | 2 of M = 4: Z = .1 / sqrt(.06/4) (see the statistics test).
    expect(byId.get('rank')?.statistic).toBeCloseTo(0.8164966, 6);
    // Portfolio ARs .25 .15 .30 | .30: s² = Σ(AR - .2333)²/2, t = .3 / s.
    const est = [0.25, 0.15, 0.3];
    const m = (0.25 + 0.15 + 0.3) / 3;
    const s2 = est.reduce((a, x) => a + (x - m) ** 2, 0) / 2;
    expect(byId.get('portfolio')?.statistic).toBeCloseTo(0.3 / Math.sqrt(s2), 9);
    expect(agg.notes).toContain(
      'only 2 observations: the cross-sectional tests rest on few data points',
    );
    expect(byId.get('bmp-kp')?.note).toBe('rests on 2 observations (fewer than 5)');
  });
});

describe('bookkeeping', () => {
  const { dates, benchmark, stocks } = sector(3, 3);

  it('counts excluded studies and says so', () => {
    const studies: TickerStudy[] = [
      ...studyAll({ benchmark, stocks, day0: dates[300] ?? '' }),
      { status: 'excluded', day0: dates[300] ?? '', reason: 'no data' },
    ];
    const agg = aggregateStudies(studies);
    expect(agg.n).toBe(3);
    expect(agg.excluded).toBe(1);
    expect(agg.notes[0]).toBe('1 of 4 excluded (see each reason)');
  });

  it('refuses to pool studies with different windows', () => {
    const a = studyAll({ benchmark, stocks, day0: dates[300] ?? '' });
    const b = studyTicker({
      stock: stocks[0] as ReturnSeries,
      benchmark,
      day0: dates[300] ?? '',
      pre: 1,
      post: 1,
    });
    expect(() => aggregateStudies([...a, b])).toThrow(StudyError);
  });

  it('handles an empty set without numbers it cannot know', () => {
    const agg = aggregateStudies([]);
    expect(agg.n).toBe(0);
    expect(agg.tests.every((t) => t.statistic === null && t.pValue === null)).toBe(true);
    expect(JSON.parse(JSON.stringify(agg))).toEqual(agg);
  });
});
