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
  const to = Math.min(ri.length, rm.length);
  const o = olsSums({ ri, rm, from: 0, to });
  let sse = 0;
  for (let t = 0; t < to; t += 1) {
    const y = ri[t] ?? Number.NaN;
    const x = rm[t] ?? Number.NaN;
    if (Number.isFinite(y) && Number.isFinite(x)) {
      const e = y - o.alpha - o.beta * x;
      sse += e * e;
    }
  }
  return {
    alpha: o.alpha,
    beta: o.beta,
    s2: sse / (o.n - 2),
    r2: o.syy > 0 ? 1 - sse / o.syy : Number.NaN,
    n: o.n,
    meanI: o.meanI,
    meanM: o.meanM,
    ssm: o.sxx,
    ssi: o.syy,
  };
}

/** Centred sums of an OLS of ri on rm over indices [from, to). */
export interface OlsSums {
  n: number;
  meanI: number;
  meanM: number;
  sxx: number;
  sxy: number;
  syy: number;
  alpha: number;
  beta: number;
}

/**
 * The sums behind {@link marketModel} over [from, to), in one pass without copying the series.
 * Sums are taken about the first valid pair, which keeps the textbook one-pass formulas
 * (Σxy - ΣxΣy/n) free of cancellation for returns, whose spread dwarfs their mean.
 */
export function olsSums(a: {
  ri: ArrayLike<number>;
  rm: ArrayLike<number>;
  from: number;
  to: number;
}): OlsSums {
  const { ri, rm, from, to } = a;
  let ky = Number.NaN;
  let kx = Number.NaN;
  let n = 0;
  let sy = 0;
  let sx = 0;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let t = from; t < to; t += 1) {
    const yt = ri[t] ?? Number.NaN;
    const xt = rm[t] ?? Number.NaN;
    if (!Number.isFinite(yt) || !Number.isFinite(xt)) continue;
    if (n === 0) {
      ky = yt;
      kx = xt;
    }
    const y = yt - ky;
    const x = xt - kx;
    n += 1;
    sy += y;
    sx += x;
    sxy += x * y;
    sxx += x * x;
    syy += y * y;
  }
  const cxy = sxy - (sx * sy) / n;
  const cxx = sxx - (sx * sx) / n;
  const cyy = syy - (sy * sy) / n;
  const meanI = ky + sy / n;
  const meanM = kx + sx / n;
  const beta = cxy / cxx;
  return { n, meanI, meanM, sxx: cxx, sxy: cxy, syy: cyy, alpha: meanI - beta * meanM, beta };
}
