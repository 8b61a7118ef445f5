/** OLS fit of R_i = alpha + beta R_m + e over an estimation window. */
export interface MarketModelFit {
  alpha: number;
  beta: number;
  /** Residual variance s² = Σe² / (n - 2). */
  s2: number;
  r2: number;
  /** Number of (R_i, R_m) pairs used, L1. */
  n: number;
  meanI: number;
  meanM: number;
  /** Σ (R_m - mean_m)² over the estimation window. */
  ssm: number;
  /** Σ (R_i - mean_i)² over the estimation window. */
  ssi: number;
}

/**
 * Market model by OLS (MacKinlay 1997, eq. 4-5): beta = Σ(Ri-mean_i)(Rm-mean_m) / Σ(Rm-mean_m)²,
 * alpha = mean_i - beta mean_m, s² = Σe²/(L1-2), R² = 1 - Σe²/Σ(Ri-mean_i)². Pairs where either
 * return is not finite are skipped.
 */
export function marketModel(ri: ArrayLike<number>, rm: ArrayLike<number>): MarketModelFit {
  return fitMarketModelRange({ ri, rm, from: 0, to: Math.min(ri.length, rm.length) });
}

/** {@link marketModel} over indices [from, to) without copying. */
export function fitMarketModelRange(a: {
  ri: ArrayLike<number>;
  rm: ArrayLike<number>;
  from: number;
  to: number;
}): MarketModelFit {
  const { ri, rm, from, to } = a;
  let n = 0;
  let sumI = 0;
  let sumM = 0;
  for (let t = from; t < to; t += 1) {
    const y = ri[t] ?? Number.NaN;
    const x = rm[t] ?? Number.NaN;
    if (Number.isFinite(y) && Number.isFinite(x)) {
      n += 1;
      sumI += y;
      sumM += x;
    }
  }
  const meanI = sumI / n;
  const meanM = sumM / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let t = from; t < to; t += 1) {
    const y = ri[t] ?? Number.NaN;
    const x = rm[t] ?? Number.NaN;
    if (Number.isFinite(y) && Number.isFinite(x)) {
      const dx = x - meanM;
      const dy = y - meanI;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
  }
  const beta = sxy / sxx;
  const alpha = meanI - beta * meanM;
  let sse = 0;
  for (let t = from; t < to; t += 1) {
    const y = ri[t] ?? Number.NaN;
    const x = rm[t] ?? Number.NaN;
    if (Number.isFinite(y) && Number.isFinite(x)) {
      const e = y - alpha - beta * x;
      sse += e * e;
    }
  }
  const r2 = syy > 0 ? 1 - sse / syy : Number.NaN;
  return { alpha, beta, s2: sse / (n - 2), r2, n, meanI, meanM, ssm: sxx, ssi: syy };
}
