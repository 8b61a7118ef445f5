import type { AlignedPair } from './align';
import { buyAndHoldAbnormal } from './bhar';
import { studentTTwoSidedP } from './distributions';
import { EstimationResiduals } from './estimation-residuals';
import { type AlignedFactors, type FactorModel, factorsOf, loadingName } from './factor-series';
import { fitFactorStudy } from './factor-study';
import { withLazyDays } from './lazy-days';
import { defaultMinEstimationDays, type TickerStudy } from './study-types';
import { formatWindow } from './windows';

/**
 * The factor-model branch of studyTicker (same windows, same exclusions): the stock's return
 * less the model's normal return Rf + a + b'F is the AR, read by the residual view and the
 * aggregate tests as the market model's are, through a pair whose `rm` is that normal return
 * (alpha 0, beta 1). Sessions without a factor row are left out of the fit and have no AR, with
 * a note; so are the window's sessions past the factor data's last date.
 */
export function studyFactorTicker(p: {
  a: AlignedPair;
  factors: AlignedFactors;
  model: FactorModel;
  day0: string;
  d0: number;
  pre: number;
  post: number;
  estimation: readonly [number, number];
  e0: number;
  e1: number;
  minDays: number;
  /** " (the data starts on ...)" when the estimation window was cut short, else ''. */
  clipped: string;
}): TickerStudy {
  const { a, factors, model, day0, d0, pre, post, estimation, e0, e1, minDays, clipped } = p;
  const window = formatWindow(estimation[0], estimation[1]);
  const length = pre + post + 1;
  const from = d0 - pre;
  const f = e0 <= e1 ? fitFactorStudy({ a, factors, model, e0, e1, from, length }) : null;
  const missing = f === null ? '' : factorGap(f.missingInEstimation);
  if (f === null || f.fit.n < minDays) {
    return excluded(
      day0,
      `only ${f?.fit.n ?? 0} valid returns with factor data in the estimation window ${window}` +
        `${clipped}${missing}, at least ${minDays} needed`,
    );
  }
  const last = factors.lastDate ?? 'never';
  if (f.l2 === 0) {
    return excluded(day0, `no factor data in the event window (the factor data end on ${last})`);
  }
  const { fit } = f;
  const notes: string[] = [];
  if (f.l2 < length) notes.push(`${length - f.l2} of ${length} event-window days have no return`);
  if (f.missingInWindow > 0) {
    notes.push(
      `the factor data end on ${last}: ${f.missingInWindow} session(s) of the window have no ` +
        'abnormal return',
    );
  }
  if (f.missingInEstimation > 0) notes.push(`estimation window${missing}`);
  if (clipped !== '') notes.push(`estimation window cut short${clipped}: ${fit.n} returns`);
  if (fit.n < defaultMinEstimationDays) {
    notes.push(`rests on only ${fit.n} estimation days (fewer than ${defaultMinEstimationDays})`);
  }
  const degenerate = !(fit.s2 > 0) || !Number.isFinite(fit.s2);
  if (degenerate) notes.push('zero residual variance: no t statistics');
  const carVariance = f.carVariance[length - 1] ?? Number.NaN;
  const carTStat = degenerate ? null : f.car / Math.sqrt(carVariance);
  const pair: AlignedPair = { ...a, rm: f.normal };
  const estimationResiduals = new EstimationResiduals({
    a: pair,
    start: e0,
    length: e1 + 1 - e0,
    firstOffset: e0 - d0,
    fit: {
      alpha: 0,
      beta: 1,
      raw: false,
      market: false,
      s2: fit.s2,
      n: fit.n,
      meanM: 0,
      ssm: 0,
      degenerate,
      factor: { arVariance: f.arVariance, carVariance: f.carVariance, benchmark: a.rm },
    },
    count: fit.n,
    // OLS residuals have mean zero.
    mean: 0,
    sumSquares: fit.sse,
    positive: -1,
    eventStart: from,
    eventOffset: -pre,
    eventLength: length,
  });
  const names = factorsOf[model];
  return withLazyDays({
    status: 'ok',
    model,
    day0,
    pre,
    post,
    estimation: [estimation[0], estimation[1]],
    car: f.car,
    carVariance,
    carTStat,
    carPValue: carTStat === null ? null : studentTTwoSidedP(carTStat, fit.df),
    df: fit.df,
    alpha: fit.alpha,
    beta: fit.loadings[0] ?? null,
    r2: fit.r2,
    loadings: Object.fromEntries(
      names.map((n, i) => [loadingName[n], fit.loadings[i] ?? Number.NaN]),
    ),
    bhar: buyAndHoldAbnormal(
      a.ri.subarray(from, from + length),
      f.normal.subarray(from, from + length),
    ),
    residualSd: Math.sqrt(fit.s2),
    estimationDays: fit.n,
    estimationFrom: a.dates[e0] ?? '',
    estimationTo: a.dates[e1] ?? '',
    eventDays: f.l2,
    estimationResiduals,
    notes,
  });
}

function factorGap(n: number): string {
  return n === 0 ? '' : `: ${n} session(s) without a factor row left out of the fit`;
}

function excluded(day0: string, reason: string): TickerStudy {
  return { status: 'excluded', day0, reason };
}
