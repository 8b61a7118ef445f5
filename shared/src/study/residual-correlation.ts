import type { EstimationResiduals } from './estimation-residuals';

/** Pairs must share this many estimation dates for their correlation to count. */
export const minCommonDates = 30;

export interface ResidualCorrelation {
  /** Mean pairwise Pearson correlation; null when no pair shares enough dates. */
  r: number | null;
  pairs: number;
}

/**
 * Mean pairwise correlation of estimation-window residuals on the dates each pair has in common
 * (Kolari and Pynnönen 2010, r̄ in sqrt((1 - r̄)/(1 + (N - 1) r̄))). When every series covers the
 * same dates with no gap, Σ_{i≠j} corr_ij = (1/T) Σ_t (Σ_i z_it)² - N for the series standardised
 * over those dates, which turns the O(N²T) sum into O(NT); otherwise pairs are merged by date.
 */
export function meanResidualCorrelation(
  series: readonly EstimationResiduals[],
): ResidualCorrelation {
  const n = series.length;
  if (n < 2) return { r: null, pairs: 0 };
  if (sameCompleteDates(series)) return identityPath(series);
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const a = series[i];
      const b = series[j];
      if (a === undefined || b === undefined) continue;
      const c = pairCorrelation(a, b);
      if (c !== null) {
        sum += c;
        pairs += 1;
      }
    }
  }
  return { r: pairs === 0 ? null : sum / pairs, pairs };
}

/** True when every series covers the same dates with no gap (the O(NT) path applies). */
export function sameCompleteDates(series: readonly EstimationResiduals[]): boolean {
  const first = series[0];
  if (first === undefined || first.length < minCommonDates) return false;
  for (const s of series) {
    if (s.calendar !== first.calendar || s.start !== first.start || s.length !== first.length) {
      return false;
    }
    if (!s.complete) return false;
  }
  return true;
}

function identityPath(series: readonly EstimationResiduals[]): ResidualCorrelation {
  const T = series[0]?.length ?? 0;
  const totals = new Float64Array(T);
  const v = new Float64Array(T);
  let used = 0;
  for (const s of series) {
    if (!(s.sumSquares > 0)) continue;
    s.copyTo(v);
    const mean = s.mean;
    const scale = 1 / Math.sqrt(s.sumSquares / T);
    for (let t = 0; t < T; t += 1) totals[t] = (totals[t] ?? 0) + ((v[t] ?? 0) - mean) * scale;
    used += 1;
  }
  return correlationFromTotals(totals, used);
}

/**
 * r̄ from Σ_i z_it on each of T common dates, z standardised over those dates (population sd):
 * Σ_{i≠j} corr_ij = (1/T) Σ_t (Σ_i z_it)² - N.
 */
export function correlationFromTotals(totals: Float64Array, used: number): ResidualCorrelation {
  if (used < 2) return { r: null, pairs: 0 };
  let sq = 0;
  for (let t = 0; t < totals.length; t += 1) sq += (totals[t] ?? 0) * (totals[t] ?? 0);
  const r = (sq / totals.length - used) / (used * (used - 1));
  return { r, pairs: (used * (used - 1)) / 2 };
}

function pairCorrelation(a: EstimationResiduals, b: EstimationResiduals): number | null {
  const av = new Float64Array(a.length);
  const bv = new Float64Array(b.length);
  a.copyTo(av);
  b.copyTo(bv);
  const xs: number[] = [];
  const ys: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const da = a.dateAt(i);
    const db = b.dateAt(j);
    if (da < db) i += 1;
    else if (da > db) j += 1;
    else {
      const x = av[i] ?? Number.NaN;
      const y = bv[j] ?? Number.NaN;
      if (!Number.isNaN(x) && !Number.isNaN(y)) {
        xs.push(x);
        ys.push(y);
      }
      i += 1;
      j += 1;
    }
  }
  return xs.length < minCommonDates ? null : pearson(xs, ys);
}

/** Pearson correlation; null when either series does not vary. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let k = 0; k < n; k += 1) {
    mx += xs[k] ?? 0;
    my += ys[k] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < n; k += 1) {
    const dx = (xs[k] ?? 0) - mx;
    const dy = (ys[k] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}
