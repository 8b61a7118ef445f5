import type { AlignedPair } from './align';
import { type FactorFit, fitFactorModel, quadratic } from './factor-model';
import { type AlignedFactors, type FactorModel, factorsOf } from './factor-series';

/** A factor model fitted for one study, and its event window's variances. */
export interface FactorStudyFit {
  fit: FactorFit;
  /** The model's normal return Rf + a + b'F on the aligned calendar over [e0, event end). */
  normal: Float64Array;
  /** Per event-window day: Var(AR_t), and Var(CAR) over the valid days up to it. */
  arVariance: Float64Array;
  carVariance: Float64Array;
  car: number;
  /** Valid event-window days, L2. */
  l2: number;
  /** Estimation sessions with a stock return but no factor row (left out of the fit). */
  missingInEstimation: number;
  /** Event-window sessions with a stock return but no factor row (no AR). */
  missingInWindow: number;
}

/**
 * Fits R - Rf = a + b'F + e over aligned indices [e0, e1] and measures the event window
 * [from, from + length): AR_t = R_t - (Rf_t + a + b'F_t), Var(AR_t) = s²(1 + x_t'(X'X)^-1 x_t),
 * Var(CAR) to day t = s²(L2 + L2²/L1 + D'S^-1 D), D = Σ(F - mean_F) over the valid days so far
 * (see factor-model.ts). Null when the fit is impossible (too few rows, a constant factor).
 */
export function fitFactorStudy(p: {
  a: AlignedPair;
  factors: AlignedFactors;
  model: FactorModel;
  e0: number;
  e1: number;
  from: number;
  length: number;
}): FactorStudyFit | null {
  const { a, factors, e0, e1, from, length } = p;
  const columns = factorsOf[p.model].map((n) => factors.columns[n]);
  const rf = factors.rf;
  const end = from + length;
  // The estimation window alone, as views from index 0 (no copy of the columns).
  const l1 = e1 + 1 - e0;
  const y = new Float64Array(l1);
  for (let j = 0; j < l1; j += 1) y[j] = (a.ri[e0 + j] ?? Number.NaN) - (rf[e0 + j] ?? Number.NaN);
  const window = columns.map((c) => c.subarray(e0, e1 + 1));
  const fit = fitFactorModel({ y, columns: window, from: 0, to: l1 });
  if (fit === null) return null;
  const k = columns.length;
  // Read by the residual view over [e0, end) only; NaN before, like a day without a price.
  const normal = new Float64Array(end);
  normal.fill(Number.NaN, 0, e0);
  const b = fit.loadings;
  for (let t = e0; t < end; t += 1) {
    let v = (rf[t] ?? Number.NaN) + fit.alpha;
    for (let i = 0; i < k; i += 1) v += (b[i] ?? 0) * (columns[i]?.[t] ?? Number.NaN);
    normal[t] = v;
  }
  const arVariance = new Float64Array(length).fill(Number.NaN);
  const carVariance = new Float64Array(length).fill(Number.NaN);
  const sumD = new Array<number>(k).fill(0);
  const d = new Array<number>(k).fill(0);
  let car = 0;
  let l2 = 0;
  let missingInWindow = 0;
  for (let j = 0; j < length; j += 1) {
    const t = from + j;
    const r = a.ri[t] ?? Number.NaN;
    const ar = r - (normal[t] ?? Number.NaN);
    if (Number.isFinite(ar)) {
      for (let i = 0; i < k; i += 1) {
        d[i] = (columns[i]?.[t] ?? 0) - (fit.means[i] ?? 0);
        sumD[i] = (sumD[i] ?? 0) + (d[i] ?? 0);
      }
      car += ar;
      l2 += 1;
      arVariance[j] = fit.s2 * (1 + 1 / fit.n + quadratic(fit.inverse, d));
    } else if (Number.isFinite(r)) {
      missingInWindow += 1;
    }
    carVariance[j] = fit.s2 * (l2 + (l2 * l2) / fit.n + quadratic(fit.inverse, sumD));
  }
  let missingInEstimation = 0;
  for (let t = e0; t <= e1; t += 1) {
    if (Number.isFinite(a.ri[t] ?? Number.NaN) && !Number.isFinite(normal[t] ?? Number.NaN)) {
      missingInEstimation += 1;
    }
  }
  return {
    fit,
    normal,
    arVariance,
    carVariance,
    car,
    l2,
    missingInEstimation,
    missingInWindow,
  };
}
