import type { AlignedPair } from './align';
import { fitMarketModelRange } from './market-model';
import type { StudyModel } from './study-types';

/** What the estimation window tells about normal returns, for one ticker and one day 0. */
export interface EstimationFit {
  model: StudyModel;
  alpha: number;
  beta: number;
  /** Residual variance (market model) or AR sample variance (raw, market-adjusted). */
  s2: number;
  r2: number;
  /** Valid returns, L1. */
  n: number;
  df: number;
  meanM: number;
  ssm: number;
  /** True when s² is zero to rounding, so no t statistic is meaningful. */
  degenerate: boolean;
  /** Estimation ARs above zero. */
  positive: number;
  /** Estimation-window ARs (residuals for the market model), null where there is no return. */
  residuals: (number | null)[];
  /** AR for a stock return r and benchmark return m under this fit; NaN when either is missing. */
  abnormal: (r: number, m: number) => number;
}

/**
 * Fits the model over aligned indices [from, to): OLS for the market model (see marketModel),
 * and the sample variance of AR with L1 - 1 degrees of freedom for raw and market-adjusted.
 */
export function fitEstimation(e: {
  model: StudyModel;
  a: AlignedPair;
  from: number;
  to: number;
}): EstimationFit {
  const { model, a, from, to } = e;
  const ri = a.ri;
  const rm = a.rm ?? new Float64Array(0);
  let alpha = 0;
  let beta = model === 'market-adjusted' ? 1 : 0;
  let s2: number;
  let r2 = Number.NaN;
  let n: number;
  let meanM = 0;
  let ssm = 0;
  let scale: number;
  if (model === 'market') {
    const f = fitMarketModelRange({ ri, rm, from, to });
    ({ alpha, beta, s2, r2, n, meanM, ssm } = f);
    scale = f.ssi / (n - 1);
  } else {
    let sum = 0;
    n = 0;
    for (let t = from; t < to; t += 1) {
      const ar = (ri[t] ?? Number.NaN) - beta * (model === 'raw' ? 0 : (rm[t] ?? Number.NaN));
      if (Number.isFinite(ar)) {
        sum += ar;
        n += 1;
      }
    }
    const mean = sum / n;
    let ss = 0;
    for (let t = from; t < to; t += 1) {
      const ar = (ri[t] ?? Number.NaN) - beta * (model === 'raw' ? 0 : (rm[t] ?? Number.NaN));
      if (Number.isFinite(ar)) ss += (ar - mean) * (ar - mean);
    }
    s2 = ss / (n - 1);
    scale = s2;
  }
  const abnormal =
    model === 'raw' ? (r: number) => r : (r: number, m: number) => r - alpha - beta * m;
  const residuals: (number | null)[] = new Array(to - from);
  let positive = 0;
  for (let t = from; t < to; t += 1) {
    const ar = abnormal(ri[t] ?? Number.NaN, model === 'raw' ? 0 : (rm[t] ?? Number.NaN));
    if (Number.isFinite(ar)) {
      residuals[t - from] = ar;
      if (ar > 0) positive += 1;
    } else {
      residuals[t - from] = null;
    }
  }
  return {
    model,
    alpha,
    beta,
    s2,
    r2,
    n,
    df: model === 'market' ? n - 2 : n - 1,
    meanM,
    ssm,
    degenerate: !(s2 > 1e-20 * scale) || !Number.isFinite(s2),
    positive,
    residuals,
    abnormal,
  };
}
