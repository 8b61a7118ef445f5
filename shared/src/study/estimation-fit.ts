import type { AlignedPair } from './align';
import { type OlsSums, olsSums } from './market-model';
import { windowOlsSums } from './pair-sums';
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
  /** Estimation ARs above zero; -1 when the fit did not pass over them (count on demand). */
  positive: number;
  /** Mean estimation AR and Σ(AR - mean)², for the residual view. */
  mean: number;
  sumSquares: number;
  raw: boolean;
}

// One fit is read before the next starts, so a single object serves every study.
const fit: EstimationFit = {
  model: 'market',
  alpha: 0,
  beta: 0,
  s2: 0,
  r2: 0,
  n: 0,
  df: 0,
  meanM: 0,
  ssm: 0,
  degenerate: false,
  positive: 0,
  mean: 0,
  sumSquares: 0,
  raw: false,
};

/**
 * Fits the model over aligned indices [from, to): OLS for the market model (see marketModel),
 * s² = Σe²/(L1 - 2); for raw and market-adjusted, the sample variance of AR,
 * s² = Σ(AR - mean)²/(L1 - 1). The OLS sums come from the pair's block prefix sums; a fit whose
 * residuals are rounding noise (a stock that is an exact linear function of its benchmark) is
 * redone from the one-pass sums over the window, so even its noise matches the direct method.
 * Returns an object that the next call reuses.
 */
export function fitEstimation(e: {
  model: StudyModel;
  a: AlignedPair;
  from: number;
  to: number;
}): EstimationFit {
  const { model, a, from, to } = e;
  const raw = model === 'raw' || a.rm === null;
  fit.model = model;
  if (model !== 'market') return residualPass({ a, from, to, ols: null, raw });
  const rm = a.rm ?? a.ri;
  const fast = a.rm === null ? null : windowOlsSums({ a, rm: a.rm, from, to });
  // The prefix sums serve every well-conditioned window; a fit they cannot serve, or whose
  // residuals are rounding noise, is redone from the one-pass sums so it matches them exactly.
  if (fast !== null) {
    // Σe² = Syy - Sxy²/Sxx. Syy carries a few ulps of syyScale, Sxy²/Sxx a few ulps of
    // syyScale × sqrt(sxxScale/Sxx), so Σe² keeps 11 digits while it is at least 1e-4 of their
    // sum: then no pass over the window is needed.
    const sse = fast.syy - (fast.sxy * fast.sxy) / fast.sxx;
    const noise = fast.syyScale * (1 + Math.sqrt(fast.sxxScale / fast.sxx));
    if (sse > 1e-4 * noise) return fromSums(fast, sse);
    residualPass({ a, from, to, ols: fast, raw });
    if (!fit.degenerate) return fit;
  }
  return residualPass({ a, from, to, ols: olsSums({ ri: a.ri, rm, from, to }), raw });
}

/** The market-model fit from its OLS sums alone: s² = Σe²/(L1 - 2), R² = 1 - Σe²/Syy. */
function fromSums(ols: OlsSums, sse: number): EstimationFit {
  const n = ols.n;
  const s2 = sse / (n - 2);
  fit.alpha = ols.alpha;
  fit.beta = ols.beta;
  fit.s2 = s2;
  fit.r2 = 1 - sse / ols.syy;
  fit.n = n;
  fit.df = n - 2;
  fit.meanM = ols.meanM;
  fit.ssm = ols.sxx;
  fit.degenerate = !(s2 > 1e-20 * (ols.syy / (n - 1))) || !Number.isFinite(s2);
  fit.positive = -1;
  // OLS residuals have mean zero.
  fit.mean = 0;
  fit.sumSquares = sse;
  fit.raw = false;
  return fit;
}

/** One pass about the first AR (see olsSums): count, mean, Σ(AR - mean)², share above zero. */
function residualPass(p: {
  a: AlignedPair;
  from: number;
  to: number;
  ols: OlsSums | null;
  raw: boolean;
}): EstimationFit {
  const { a, from, to, ols, raw } = p;
  const ri = a.ri;
  const rm = a.rm ?? ri;
  const alpha = ols === null ? 0 : ols.alpha;
  const beta = ols === null ? (raw ? 0 : 1) : ols.beta;
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
  const ss = sumSq - (sum * sum) / n;
  // OLS residuals have mean zero, so ss is Σe² for the market model.
  const s2 = ols === null ? ss / (n - 1) : ss / (n - 2);
  const scale = ols === null ? s2 : ols.syy / (n - 1);
  fit.alpha = alpha;
  fit.beta = beta;
  fit.s2 = s2;
  fit.r2 = ols !== null && ols.syy > 0 ? 1 - ss / ols.syy : Number.NaN;
  fit.n = n;
  fit.df = ols === null ? n - 1 : n - 2;
  fit.meanM = ols === null ? 0 : ols.meanM;
  fit.ssm = ols === null ? 0 : ols.sxx;
  fit.degenerate = !(s2 > 1e-20 * scale) || !Number.isFinite(s2);
  fit.positive = positive;
  fit.mean = k + sum / n;
  fit.sumSquares = ss;
  fit.raw = raw;
  return fit;
}
