/**
 * Buy-and-hold abnormal return over a window (Barber and Lyon 1997; design.md):
 * BHAR = Π(1 + R_t) - Π(1 + E[R_t]), over the days where both are finite. E is the model's
 * normal return (alpha + beta Rm, Rf + a + b'F), the benchmark's return for market-adjusted, and
 * 0 for raw. Null when no day has both.
 */
export function buyAndHoldAbnormal(
  r: ArrayLike<number>,
  expected: ArrayLike<number>,
): number | null {
  let held = 1;
  let normal = 1;
  let days = 0;
  const n = Math.min(r.length, expected.length);
  for (let t = 0; t < n; t += 1) {
    const a = r[t] ?? Number.NaN;
    const e = expected[t] ?? Number.NaN;
    if (!Number.isFinite(a) || !Number.isFinite(e)) continue;
    held *= 1 + a;
    normal *= 1 + e;
    days += 1;
  }
  return days === 0 ? null : held - normal;
}

export interface SkewnessAdjustedT {
  /** t_sa = sqrt(n)(S + γS²/3 + γ/(6n)). */
  statistic: number;
  /** The conventional t, sqrt(n) S. */
  conventional: number;
  /** γ = Σ(x - mean)³ / (n sd³). */
  skewness: number;
  n: number;
}

/**
 * Skewness-adjusted t of Lyon, Barber and Tsai (1999, eq. 5) for the mean of N BHARs, which are
 * right-skewed: S = mean / sd (sd with N - 1), γ = Σ(x - mean)³ / (N sd³),
 * t_sa = sqrt(N)(S + γS²/3 + γ/(6N)). Null below 3 values or with zero spread.
 */
export function skewnessAdjustedT(values: readonly number[]): SkewnessAdjustedT | null {
  const n = values.length;
  if (n < 3) return null;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  let m2 = 0;
  let m3 = 0;
  for (const v of values) {
    const d = v - mean;
    m2 += d * d;
    m3 += d * d * d;
  }
  const sd = Math.sqrt(m2 / (n - 1));
  // Equal values leave rounding noise of a few ulps of the mean, not a spread.
  if (!(sd > 1e-12 * Math.abs(mean)) || !(sd > 0)) return null;
  const s = mean / sd;
  const gamma = m3 / (n * sd ** 3);
  const statistic = Math.sqrt(n) * (s + (gamma * s * s) / 3 + gamma / (6 * n));
  return { statistic, conventional: Math.sqrt(n) * s, skewness: gamma, n };
}
