import type { AlignedPair } from './align';
import { EstimationResiduals } from './estimation-residuals';
import { olsSums } from './market-model';
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
  residuals: EstimationResiduals;
}

/**
 * Fits the model over aligned indices [from, to): OLS for the market model (see marketModel),
 * s² = Σe²/(L1 - 2); for raw and market-adjusted, the sample variance of AR,
 * s² = Σ(AR - mean)²/(L1 - 1).
 */
export function fitEstimation(e: {
  model: StudyModel;
  a: AlignedPair;
  from: number;
  to: number;
  offset0: number;
}): EstimationFit {
  const { model, a, from, to } = e;
  const ri = a.ri;
  const rm = a.rm ?? ri;
  const raw = model === 'raw' || a.rm === null;
  const ols = model === 'market' ? olsSums({ ri, rm, from, to }) : null;
  const alpha = ols?.alpha ?? 0;
  const beta = ols?.beta ?? (raw ? 0 : 1);
  // One pass about the first AR (see olsSums): count, mean, Σ(AR - mean)², share above zero.
  let k = Number.NaN;
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  let positive = 0;
  for (let t = from; t < to; t += 1) {
    const r = ri[t] ?? Number.NaN;
    const ar = raw ? r : r - alpha - beta * (rm[t] ?? Number.NaN);
    if (Number.isNaN(ar)) continue;
    if (n === 0) k = ar;
    const d = ar - k;
    n += 1;
    sum += d;
    sumSq += d * d;
    if (ar > 0) positive += 1;
  }
  const mean = k + sum / n;
  const ss = sumSq - (sum * sum) / n;
  // OLS residuals have mean zero, so ss is Σe² for the market model.
  const s2 = ols === null ? ss / (n - 1) : ss / (n - 2);
  const scale = ols === null ? s2 : ols.syy / (n - 1);
  const residuals = new EstimationResiduals({
    a,
    start: from,
    length: to - from,
    firstOffset: e.offset0,
    alpha,
    beta,
    raw,
    count: n,
    mean,
    sumSquares: ss,
  });
  return {
    model,
    alpha,
    beta,
    s2,
    r2: ols !== null && ols.syy > 0 ? 1 - ss / ols.syy : Number.NaN,
    n,
    df: ols === null ? n - 1 : n - 2,
    meanM: ols?.meanM ?? 0,
    ssm: ols?.sxx ?? 0,
    degenerate: !(s2 > 1e-20 * scale) || !Number.isFinite(s2),
    positive,
    residuals,
  };
}
