import type { AlignedPair } from './align';
import type { StudyDay } from './study-types';

/** What the event window's days are computed from: the aligned series and the fit. */
export interface EventWindowFit {
  alpha: number;
  beta: number;
  /** AR = R (raw model) rather than R - alpha - beta Rm. */
  raw: boolean;
  /** Var(AR_t) carries the market model's estimation error (else it is s²). */
  market: boolean;
  s2: number;
  /** L1, mean_m and Σ_est(Rm - mean_m)². */
  n: number;
  meanM: number;
  ssm: number;
  degenerate: boolean;
  /**
   * A factor model: the aligned pair's `rm` is its normal return (alpha 0, beta 1), and the
   * variances per event-window day come from the fit (see factor-study.ts).
   */
  factor?: FactorWindow;
}

export interface FactorWindow {
  arVariance: Float64Array;
  carVariance: Float64Array;
  /** The benchmark's returns, shown beside the ARs; null when there is no benchmark. */
  benchmark: Float64Array | null;
}

/**
 * The event window's days, one per session of aligned indices [from, from + length): AR_t, CAR
 * up to t and Var(AR_t) = s²[1 + 1/L1 + (Rm_t - mean_m)² / Σ_est(Rm - mean_m)²] for the market
 * model, s² otherwise (MacKinlay 1997, 4.3); null where the stock has no return. The same
 * arithmetic, in the same order, as the window totals of studyTicker.
 */
export function studyDays(w: {
  a: AlignedPair;
  fit: EventWindowFit;
  from: number;
  length: number;
  offset0: number;
}): StudyDay[] {
  const { ri, rm, close, dates } = w.a;
  const { alpha, beta, raw, market, s2, n, meanM, ssm, degenerate, factor } = w.fit;
  const shown = factor === undefined ? rm : factor.benchmark;
  const days = new Array<StudyDay>(w.length);
  let car = 0;
  let l2 = 0;
  let sumDm = 0;
  for (let i = 0; i < w.length; i += 1) {
    const t = w.from + i;
    const r = ri[t] ?? Number.NaN;
    const m = rm === null ? Number.NaN : (rm[t] ?? Number.NaN);
    const ar = raw ? r : r - alpha - beta * m;
    const c = close[t] ?? Number.NaN;
    const valid = Number.isFinite(ar);
    let variance = factor === undefined ? s2 : (factor.arVariance[i] ?? Number.NaN);
    if (valid) {
      car += ar;
      l2 += 1;
      if (market) {
        const dm = m - meanM;
        variance = s2 * (1 + 1 / n + (dm * dm) / ssm);
        sumDm += dm;
      }
    }
    // Var(CAR) to this day: eventWindow's formula over the valid days so far, so the last day's
    // equals the study's Var(CAR).
    const carVariance =
      factor !== undefined
        ? (factor.carVariance[i] ?? Number.NaN)
        : market
          ? s2 * (l2 + (l2 * l2) / n + (sumDm * sumDm) / ssm)
          : l2 * s2;
    const b = shown === null ? Number.NaN : (shown[t] ?? Number.NaN);
    days[i] = {
      offset: w.offset0 + i,
      date: dates[t] ?? '',
      close: Number.isFinite(c) ? c : null,
      return: Number.isFinite(r) ? r : null,
      benchmarkReturn: Number.isFinite(b) ? b : null,
      abnormalReturn: valid ? ar : null,
      car: l2 > 0 ? car : null,
      carVariance: l2 > 0 ? carVariance : null,
      arVariance: valid ? variance : null,
      arTStat: valid && !degenerate ? ar / Math.sqrt(variance) : null,
    };
  }
  return days;
}
