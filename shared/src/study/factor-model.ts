/**
 * Factor models of normal returns (Fama and French 1993, 2015; Carhart 1997) as pure functions
 * over plain arrays: y_t = a + b'F_t + e_t by OLS, with y the excess return R - Rf.
 *
 * The fit keeps the centred cross-product matrix S = Σ(F_t - mean_F)(F_t - mean_F)' inverted,
 * because with x_t = (1, F_t) and X the estimation regressors, the partitioned inverse gives
 * x_t'(X'X)^-1 x_t = 1/L1 + (F_t - mean_F)'S^-1(F_t - mean_F): the prediction-error variance of
 * design.md without forming (X'X)^-1, and the market model's MacKinlay (1997, 4.3) formula when
 * there is one factor.
 */
export interface FactorFit {
  /** Intercept a. */
  alpha: number;
  /** Loadings b, one per factor column. */
  loadings: number[];
  /** s² = Σe²/(L1 - k - 1). */
  s2: number;
  r2: number;
  /** Valid rows, L1 (every column and y finite). */
  n: number;
  /** L1 - k - 1. */
  df: number;
  /** Column means over the valid rows. */
  means: number[];
  /** S^-1, k x k, row-major. */
  inverse: number[];
  sse: number;
}

/**
 * OLS of y on the columns over rows [from, to) (MacKinlay 1997, 4.4; design.md "Factor models"):
 * b = S^-1 Σ(F_t - mean_F)(y_t - mean_y), a = mean_y - b'mean_F, s² = Σe²/(L1 - k - 1),
 * R² = 1 - Σe²/Σ(y - mean_y)². Rows where y or any column is not finite are skipped. Returns
 * null when fewer than k + 2 rows remain or S is singular (a factor that does not vary).
 */
export function fitFactorModel(p: {
  y: ArrayLike<number>;
  columns: readonly ArrayLike<number>[];
  from: number;
  to: number;
}): FactorFit | null {
  const k = p.columns.length;
  // The valid rows packed densely first (row-major, k values a row): every later pass is a plain
  // loop over typed arrays, whatever array types the caller passed.
  const { x, y, n } = packRows(p);
  if (n < k + 2) return null;
  const means = new Array<number>(k).fill(0);
  let my = 0;
  for (let r = 0; r < n; r += 1) {
    my += y[r] ?? 0;
    for (let i = 0; i < k; i += 1) means[i] = (means[i] ?? 0) + (x[r * k + i] ?? 0);
  }
  my /= n;
  for (let i = 0; i < k; i += 1) means[i] = (means[i] ?? 0) / n;
  const s = new Array<number>(k * k).fill(0);
  const sfy = new Array<number>(k).fill(0);
  const d = new Float64Array(k);
  let syy = 0;
  for (let r = 0; r < n; r += 1) {
    for (let i = 0; i < k; i += 1) d[i] = (x[r * k + i] ?? 0) - (means[i] ?? 0);
    const dy = (y[r] ?? 0) - my;
    syy += dy * dy;
    for (let i = 0; i < k; i += 1) {
      const di = d[i] ?? 0;
      sfy[i] = (sfy[i] ?? 0) + di * dy;
      for (let j = 0; j <= i; j += 1) s[i * k + j] = (s[i * k + j] ?? 0) + di * (d[j] ?? 0);
    }
  }
  for (let i = 0; i < k; i += 1)
    for (let j = i + 1; j < k; j += 1) s[i * k + j] = s[j * k + i] ?? 0;
  const inverse = invertSymmetric(s, k);
  if (inverse === null) return null;
  const loadings = multiply(inverse, sfy, k);
  let alpha = my;
  for (let i = 0; i < k; i += 1) alpha -= (loadings[i] ?? 0) * (means[i] ?? 0);
  let sse = 0;
  for (let r = 0; r < n; r += 1) {
    let e = (y[r] ?? 0) - alpha;
    for (let i = 0; i < k; i += 1) e -= (loadings[i] ?? 0) * (x[r * k + i] ?? 0);
    sse += e * e;
  }
  const df = n - k - 1;
  return { alpha, loadings, s2: sse / df, r2: 1 - sse / syy, n, df, means, inverse, sse };
}

/** The rows of [from, to) where y and every column are finite, packed from index 0. */
function packRows(p: {
  y: ArrayLike<number>;
  columns: readonly ArrayLike<number>[];
  from: number;
  to: number;
}): { x: Float64Array; y: Float64Array; n: number } {
  const k = p.columns.length;
  const cap = Math.max(0, p.to - p.from);
  const x = new Float64Array(cap * k);
  const y = new Float64Array(cap);
  let n = 0;
  rows: for (let t = p.from; t < p.to; t += 1) {
    const yt = p.y[t] ?? Number.NaN;
    if (!Number.isFinite(yt)) continue;
    for (let i = 0; i < k; i += 1) {
      const v = p.columns[i]?.[t] ?? Number.NaN;
      if (!Number.isFinite(v)) continue rows;
      x[n * k + i] = v;
    }
    y[n] = yt;
    n += 1;
  }
  return { x, y, n };
}

/** e_t = y_t - a - b'F_t; NaN where a value is missing. */
export function residual(p: {
  y: ArrayLike<number>;
  columns: readonly ArrayLike<number>[];
  alpha: number;
  loadings: readonly number[];
  t: number;
}): number {
  let e = (p.y[p.t] ?? Number.NaN) - p.alpha;
  for (let i = 0; i < p.loadings.length; i += 1) {
    e -= (p.loadings[i] ?? 0) * (p.columns[i]?.[p.t] ?? Number.NaN);
  }
  return e;
}

/**
 * x_t'(X'X)^-1 x_t for one row of factors f, as 1/L1 + (f - mean_F)'S^-1(f - mean_F), so that
 * Var(AR_t) = s²(1 + x_t'(X'X)^-1 x_t) (design.md; MacKinlay 1997, eq. 9 for the market model).
 */
export function leverage(fit: FactorFit, f: readonly number[]): number {
  const d = fit.means.map((m, i) => (f[i] ?? Number.NaN) - m);
  return 1 / fit.n + quadratic(fit.inverse, d);
}

/** Var(AR_t) = s²(1 + x_t'(X'X)^-1 x_t), x_t = (1, F_t). */
export function factorArVariance(fit: FactorFit, f: readonly number[]): number {
  return fit.s2 * (1 + leverage(fit, f));
}

/**
 * Var(CAR) = s²(L2 + i'X*(X'X)^-1 X*'i) over the event window's rows X* (design.md), computed
 * as s²(L2 + L2²/L1 + D'S^-1 D) with D = Σ_window(F_t - mean_F): X*'i = (L2, Σ F_t).
 */
export function factorCarVariance(fit: FactorFit, window: readonly (readonly number[])[]): number {
  const l2 = window.length;
  const d = fit.means.map((m, i) => window.reduce((acc, f) => acc + (f[i] ?? Number.NaN) - m, 0));
  return fit.s2 * (l2 + (l2 * l2) / fit.n + quadratic(fit.inverse, d));
}

/** v'Mv for a k x k row-major M. */
export function quadratic(m: readonly number[], v: readonly number[]): number {
  const k = v.length;
  let q = 0;
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) q += (v[i] ?? 0) * (m[i * k + j] ?? 0) * (v[j] ?? 0);
  }
  return q;
}

function multiply(m: readonly number[], v: readonly number[], k: number): number[] {
  const out = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) out[i] = (out[i] ?? 0) + (m[i * k + j] ?? 0) * (v[j] ?? 0);
  }
  return out;
}

/**
 * Inverse of a symmetric positive-definite k x k matrix by Cholesky (S = LL', S^-1 = L^-T L^-1);
 * null when a pivot is not positive relative to its diagonal (a factor that does not vary).
 */
export function invertSymmetric(s: readonly number[], k: number): number[] | null {
  const l = new Array<number>(k * k).fill(0);
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = s[i * k + j] ?? 0;
      for (let m = 0; m < j; m += 1) sum -= (l[i * k + m] ?? 0) * (l[j * k + m] ?? 0);
      if (i === j) {
        if (!(sum > 1e-12 * (s[i * k + i] ?? 0)) || !(sum > 0)) return null;
        l[i * k + i] = Math.sqrt(sum);
      } else {
        l[i * k + j] = sum / (l[j * k + j] ?? 1);
      }
    }
  }
  // L^-1, lower triangular, by forward substitution.
  const li = new Array<number>(k * k).fill(0);
  for (let j = 0; j < k; j += 1) {
    li[j * k + j] = 1 / (l[j * k + j] ?? 1);
    for (let i = j + 1; i < k; i += 1) {
      let sum = 0;
      for (let m = j; m < i; m += 1) sum -= (l[i * k + m] ?? 0) * (li[m * k + j] ?? 0);
      li[i * k + j] = sum / (l[i * k + i] ?? 1);
    }
  }
  const inv = new Array<number>(k * k).fill(0);
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      let sum = 0;
      for (let m = Math.max(i, j); m < k; m += 1)
        sum += (li[m * k + i] ?? 0) * (li[m * k + j] ?? 0);
      inv[i * k + j] = sum;
    }
  }
  return inv;
}
