import { aggregateDays } from './aggregate-days';
import {
  bmpT,
  corradoWindowZ,
  crossSectionalT,
  generalizedSignZ,
  kpFactor,
  patellZ,
  portfolioT,
} from './aggregate-statistics';
import type { StudyAggregate, StudyTest, StudyTestId } from './aggregate-types';
import { skewnessAdjustedT } from './bhar';
import { normalTwoSidedP, studentTTwoSidedP } from './distributions';
import { buildPanelWithDays } from './event-time-panel';
import {
  correlationFromTotals,
  meanResidualCorrelation,
  sameCompleteDates,
} from './residual-correlation';
import { StudyError } from './study-error';
import { defaultMinEstimationDays, type TickerStudy, type TickerStudyOk } from './study-types';

export interface AggregateOptions {
  /** Below this many studies the cross-sectional tests carry a warning; default 5. */
  fewObservations?: number;
}

/**
 * Combines the studies of several tickers around one event, or of one ticker (or several) across
 * events, aligned in event time. All included studies must share model and event window.
 * Excluded studies are counted, never silently dropped. Tests are ordered clustering-robust
 * first, the Kolari-Pynnönen adjusted BMP t being the headline: AI news hits many tickers on one
 * day, and the naive tests then over-reject (design.md).
 */
export function aggregateStudies(
  studies: readonly TickerStudy[],
  opts: AggregateOptions = {},
): StudyAggregate {
  const few = opts.fewObservations ?? 5;
  const ok = studies.filter((s): s is TickerStudyOk => s.status === 'ok');
  const excluded = studies.length - ok.length;
  const head = ok[0];
  for (const s of ok) {
    if (s.model !== head?.model || s.pre !== head.pre || s.post !== head.post) {
      throw new StudyError('mixed-studies', 'studies must share the model and the event window');
    }
  }
  const notes: string[] = [];
  if (excluded > 0) notes.push(`${excluded} of ${studies.length} excluded (see each reason)`);
  const shortEstimation = ok.filter((s) => s.estimationDays < defaultMinEstimationDays).length;
  if (shortEstimation > 0) {
    notes.push(`${shortEstimation} rest on fewer than ${defaultMinEstimationDays} estimation days`);
  }
  const n = ok.length;
  const cars = ok.map((s) => s.car);
  const std = ok.filter((s) => s.carTStat !== null);
  if (std.length < n) {
    notes.push(`${n - std.length} with zero residual variance left out of Patell and BMP`);
  }
  const scars = std.map((s) => s.carTStat ?? 0);
  const nz = scars.length;
  const residuals = std.map((s) => s.estimationResiduals);
  const fast = sameCompleteDates(residuals);
  const totals = fast ? new Float64Array(residuals[0]?.length ?? 0) : undefined;
  const kept = buildPanelWithDays(ok, totals === undefined ? {} : { correlationTotals: totals });
  const { panel } = kept;
  const corr =
    totals === undefined
      ? meanResidualCorrelation(residuals)
      : correlationFromTotals(totals, panel.correlationUsed);
  const r = corr.r ?? 0;
  const factor = nz >= 2 ? kpFactor(r, nz) : 1;
  if (corr.r === null && nz >= 2) notes.push('no pair shares 30 estimation dates: r taken as 0');
  if (n > 0 && n < few) {
    notes.push(`only ${n} observations: the cross-sectional tests rest on few data points`);
  }
  const fewNote = n < few ? `rests on ${n} observations (fewer than ${few})` : undefined;

  const bmp = bmpT(scars);
  const patell = patellZ(
    scars,
    std.map((s) => s.df),
  );
  const portfolio = portfolioT(panel);
  const pHat = n > 0 ? kept.positiveShareSum / n : 0;
  const t = (id: StudyTestId, statistic: number | null, df: number | null): StudyTest => {
    const x = statistic !== null && Number.isFinite(statistic) ? statistic : null;
    const p = x === null ? null : df === null ? normalTwoSidedP(x) : studentTTwoSidedP(x, df);
    return {
      id,
      name: testNames[id],
      statistic: x,
      pValue: p,
      n: id === 'portfolio' ? n : ['bmp-kp', 'patell-kp', 'bmp', 'patell'].includes(id) ? nz : n,
      distribution: df === null ? 'N(0,1)' : `t(${df})`,
      clusteringRobust: robust.has(id),
      ...(fewNote !== undefined && crossSectional.has(id) ? { note: fewNote } : {}),
    };
  };
  const tests: StudyTest[] = [
    t('bmp-kp', bmp === null ? null : bmp * factor, nz - 1),
    t('patell-kp', patell === null ? null : patell * factor, null),
    t('portfolio', portfolio.t, portfolio.df),
    t('rank', n > 0 ? corradoWindowZ(panel) : null, null),
    t('bmp', bmp, nz - 1),
    t('patell', patell, null),
    t('cross-sectional-t', crossSectionalT(cars), n - 1),
    t(
      'generalized-sign',
      generalizedSignZ({ positives: cars.filter((c) => c > 0).length, n, pHat }),
      null,
    ),
  ];
  const bhars = ok.flatMap((s) => (s.bhar === null ? [] : [s.bhar]));
  const sa = skewnessAdjustedT(bhars);
  tests.push({
    ...t('bhar-skewness-adjusted', sa?.statistic ?? null, bhars.length - 1),
    n: bhars.length,
  });
  return {
    model: head?.model ?? 'market',
    pre: head?.pre ?? 0,
    post: head?.post ?? 0,
    n,
    excluded,
    caar: n > 0 ? cars.reduce((a, b) => a + b, 0) / n : 0,
    days: aggregateDays(ok, kept),
    meanCorrelation: corr.r,
    kpFactor: Number.isFinite(factor) ? factor : null,
    tests,
    notes,
  };
}

const testNames: Record<StudyTestId, string> = {
  'bmp-kp': 'BMP t, Kolari-Pynnönen adjusted',
  'patell-kp': 'Patell Z, Kolari-Pynnönen adjusted',
  portfolio: 'Equal-weighted portfolio t',
  rank: 'Corrado rank Z (Cowan 1992 window form)',
  bmp: 'BMP t (assumes independent tickers)',
  patell: 'Patell Z (assumes independent tickers)',
  'cross-sectional-t': 'Cross-sectional t',
  'generalized-sign': 'Generalized sign Z (Cowan 1992)',
  'bhar-skewness-adjusted': 'Mean BHAR, skewness-adjusted t (Lyon, Barber and Tsai 1999)',
};

const robust = new Set<StudyTestId>(['bmp-kp', 'patell-kp', 'portfolio', 'rank']);
const crossSectional = new Set<StudyTestId>([
  'bmp-kp',
  'patell-kp',
  'bmp',
  'patell',
  'cross-sectional-t',
  'generalized-sign',
  'bhar-skewness-adjusted',
]);
