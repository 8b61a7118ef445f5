import { type AlignedPair, alignPair } from './align';
import { buyAndHoldAbnormal } from './bhar';
import { studentTTwoSidedP } from './distributions';
import { type EstimationFit, fitEstimation } from './estimation-fit';
import { EstimationResiduals } from './estimation-residuals';
import { alignFactors, type FactorSeries, factorsOf, isFactorModel } from './factor-series';
import { studyFactorTicker } from './factor-ticker-study';
import { withLazyDays } from './lazy-days';
import type { ReturnSeries } from './series';
import { StudyError } from './study-error';
import {
  defaultEstimation,
  defaultMinEstimationDays,
  type StudyModel,
  type TickerStudy,
  type TickerStudyOk,
} from './study-types';
import { formatOffset, formatWindow, validateWindows } from './windows';

export interface StudyTickerOptions {
  stock: ReturnSeries;
  /**
   * The benchmark as a series; null only for the raw and factor models (a factor model aligns on
   * it and shows its returns when given).
   */
  benchmark: ReturnSeries | null;
  /** Daily factors, needed by ff3, carhart and ff5. */
  factors?: FactorSeries | null;
  /** Day 0 as a session date of the benchmark (or of the stock when there is no benchmark). */
  day0: string;
  /** The event window is [-pre, +post] sessions around day 0; it may be asymmetric. */
  pre: number;
  post: number;
  /** Estimation window in sessions relative to day 0; default [-250, -11]. */
  estimation?: readonly [number, number];
  /** Default 'market'. */
  model?: StudyModel;
  /** Fewest valid estimation returns; default 100 (never below 3 for the market model). */
  minEstimationDays?: number;
}

/**
 * Event study of one ticker around one day 0 (MacKinlay 1997, sections 4.3-4.4).
 *
 * Market model: AR_t = R_t - alpha - beta Rm_t; Var(AR_t) = s²[1 + 1/L1 + (Rm_t - mean_m)² /
 * Σ_est(Rm - mean_m)²]; CAR = Σ AR; Var(CAR) = s²[L2 + L2²/L1 + (Σ_window(Rm - mean_m))² /
 * Σ_est(Rm - mean_m)²]; t = CAR / sqrt(Var(CAR)) against Student t with L1 - 2 df.
 *
 * Raw (AR = R) and market-adjusted (AR = R - Rm) models estimate no parameters, so s² is the
 * estimation-window sample variance of the AR series, Σ(AR - mean AR)²/(L1 - 1); Var(AR_t) = s²,
 * Var(CAR) = L2 s², and t has L1 - 1 df.
 *
 * Returns `excluded` with the reason when the data cannot support the study (never silently
 * dropped); throws {@link StudyError} on windows that make no sense.
 */
export function studyTicker(opts: StudyTickerOptions): TickerStudy {
  const { stock, benchmark, day0, pre, post } = opts;
  const model = opts.model ?? 'market';
  const estimation = opts.estimation ?? defaultEstimation;
  // s² needs L1 - 2 > 0 (market model) or L1 - 1 > 0 degrees of freedom whatever the caller asks.
  const minDays = Math.max(
    opts.minEstimationDays ?? defaultMinEstimationDays,
    isFactorModel(model) ? factorsOf[model].length + 2 : model === 'market' ? 3 : 2,
  );
  validateWindows({ pre, post, estimation });
  if (benchmark === null && (model === 'market' || model === 'market-adjusted')) {
    throw new StudyError('no-benchmark', `the ${model} model needs a benchmark`);
  }
  const factors = opts.factors ?? null;
  if (isFactorModel(model) && factors === null) {
    throw new StudyError('no-factors', `the ${model} model needs factor data`);
  }
  const a = alignPair(stock, benchmark);
  const d0 = a.indexOf.get(day0);
  const last = a.dates.length - 1;
  if (d0 === undefined) return excluded(day0, `${day0} is not a session in the data`);
  if (d0 - pre < 1) {
    return excluded(day0, `the event window starts before the data (${a.dates[0]})`);
  }
  if (d0 + post > last) {
    const reach = formatOffset(last - d0);
    return excluded(
      day0,
      `the event window ends at ${formatOffset(post)} but the data stops at ${a.dates[last]} (${reach})`,
    );
  }
  const e0 = Math.max(1, d0 + estimation[0]);
  const e1 = Math.min(last, d0 + estimation[1]);
  const clipped =
    d0 + estimation[0] < 1
      ? ` (the data starts on ${a.dates[0]})`
      : d0 + estimation[1] > last
        ? ` (the data ends on ${a.dates[last]})`
        : '';
  if (isFactorModel(model) && factors !== null) {
    const aligned = alignFactors(factors, a.dates);
    const f = { a, factors: aligned, model, day0, d0, pre, post, estimation, e0, e1, minDays };
    return studyFactorTicker({ ...f, clipped });
  }
  const fit = e0 <= e1 ? fitEstimation({ model, a, from: e0, to: e1 + 1 }) : null;
  if (fit === null || fit.n < minDays) {
    const window = formatWindow(estimation[0], estimation[1]);
    return excluded(
      day0,
      `only ${fit?.n ?? 0} valid returns in the estimation window ${window}${clipped}, ` +
        `at least ${minDays} needed`,
    );
  }
  if (model === 'market' && !(fit.ssm > 0)) {
    const window = formatWindow(estimation[0], estimation[1]);
    return excluded(day0, `the benchmark's returns do not vary in the estimation window ${window}`);
  }
  const event = eventWindow({ a, fit, from: d0 - pre, to: d0 + post });
  if (event.l2 === 0) return excluded(day0, 'no returns in the event window');

  const notes: string[] = [];
  const windowLength = pre + post + 1;
  if (event.l2 < windowLength) {
    notes.push(`${windowLength - event.l2} of ${windowLength} event-window days have no return`);
  }
  if (clipped !== '') notes.push(`estimation window cut short${clipped}: ${fit.n} returns`);
  if (fit.n < defaultMinEstimationDays) {
    notes.push(`rests on only ${fit.n} estimation days (fewer than ${defaultMinEstimationDays})`);
  }
  if (fit.degenerate) notes.push('zero residual variance: no t statistics');
  const carTStat = fit.degenerate ? null : event.car / Math.sqrt(event.carVariance);
  const estimationResiduals = new EstimationResiduals({
    a,
    start: e0,
    length: e1 + 1 - e0,
    firstOffset: e0 - d0,
    fit: {
      alpha: fit.alpha,
      beta: fit.beta,
      raw: fit.raw,
      market: model === 'market',
      s2: fit.s2,
      n: fit.n,
      meanM: fit.meanM,
      ssm: fit.ssm,
      degenerate: fit.degenerate,
    },
    count: fit.n,
    mean: fit.mean,
    sumSquares: fit.sumSquares,
    positive: fit.positive,
    eventStart: d0 - pre,
    eventOffset: -pre,
    eventLength: windowLength,
  });
  const study: Omit<TickerStudyOk, 'days' | 'positiveShare'> = {
    status: 'ok',
    model,
    day0,
    pre,
    post,
    estimation: [estimation[0], estimation[1]],
    car: event.car,
    carVariance: event.carVariance,
    carTStat,
    carPValue: carTStat === null ? null : studentTTwoSidedP(carTStat, fit.df),
    df: fit.df,
    alpha: model === 'market' ? fit.alpha : null,
    beta: model === 'market' ? fit.beta : null,
    r2: model === 'market' ? fit.r2 : null,
    loadings: null,
    bhar: windowBhar({ a, fit, from: d0 - pre, to: d0 + post }),
    residualSd: Math.sqrt(fit.s2),
    estimationDays: fit.n,
    estimationFrom: a.dates[e0] ?? '',
    estimationTo: a.dates[e1] ?? '',
    eventDays: event.l2,
    estimationResiduals,
    notes,
  };
  return withLazyDays(study);
}

export function excluded(day0: string, reason: string): TickerStudy {
  return { status: 'excluded', day0, reason };
}

// The window's totals, read by studyTicker before the next study overwrites them.
const totals = { car: 0, carVariance: 0, l2: 0 };

/**
 * CAR, Var(CAR) = s²[L2 + L2²/L1 + (Σ_window(Rm - mean_m))² / Σ_est(Rm - mean_m)²] (market
 * model; L2 s² otherwise) and L2 over aligned indices [from, to], summed as studyDays sums them.
 */
function eventWindow(w: { a: AlignedPair; fit: EstimationFit; from: number; to: number }): {
  car: number;
  carVariance: number;
  l2: number;
} {
  const { a, fit } = w;
  const { ri, rm } = a;
  const market = fit.model === 'market';
  const raw = fit.model === 'raw';
  const { alpha, beta, s2, meanM, ssm } = fit;
  const n = fit.n;
  let car = 0;
  let l2 = 0;
  let sumDm = 0;
  for (let t = w.from; t <= w.to; t += 1) {
    const r = ri[t] ?? Number.NaN;
    const m = rm === null ? Number.NaN : (rm[t] ?? Number.NaN);
    const ar = raw ? r : r - alpha - beta * m;
    if (!Number.isFinite(ar)) continue;
    car += ar;
    l2 += 1;
    if (market) sumDm += m - meanM;
  }
  totals.car = car;
  totals.carVariance = market ? s2 * (l2 + (l2 * l2) / n + (sumDm * sumDm) / ssm) : l2 * s2;
  totals.l2 = l2;
  return totals;
}

/** BHAR over aligned indices [from, to] against alpha + beta Rm (Rm alone market-adjusted, 0 raw). */
function windowBhar(w: {
  a: AlignedPair;
  fit: EstimationFit;
  from: number;
  to: number;
}): number | null {
  const { a, fit } = w;
  const r = a.ri.subarray(w.from, w.to + 1);
  if (fit.raw || a.rm === null) return buyAndHoldAbnormal(r, new Float64Array(r.length));
  const rm = a.rm;
  const expected = Float64Array.from(
    r,
    (_, j) => fit.alpha + fit.beta * (rm[w.from + j] ?? Number.NaN),
  );
  return buyAndHoldAbnormal(r, expected);
}
