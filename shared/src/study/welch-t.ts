import { studentTTwoSidedP } from './distributions';

export interface WelchT {
  /** mean(a) - mean(b). */
  difference: number;
  t: number | null;
  /** Welch-Satterthwaite degrees of freedom. */
  df: number | null;
  pValue: number | null;
}

/**
 * Welch's t for the difference of two means with unequal variances (Welch 1947):
 * t = (mean_a - mean_b) / sqrt(s_a²/n_a + s_b²/n_b), df = (s_a²/n_a + s_b²/n_b)² /
 * ((s_a²/n_a)²/(n_a - 1) + (s_b²/n_b)²/(n_b - 1)), p two-sided from Student t with df.
 * Each side needs two values; with fewer, or no spread at all, only the difference is given.
 */
export function welchT(a: readonly number[], b: readonly number[]): WelchT {
  const ma = mean(a);
  const mb = mean(b);
  const difference = ma - mb;
  if (a.length < 2 || b.length < 2) return { difference, t: null, df: null, pValue: null };
  const va = sampleVariance(a, ma) / a.length;
  const vb = sampleVariance(b, mb) / b.length;
  const se2 = va + vb;
  if (!(se2 > 0)) return { difference, t: null, df: null, pValue: null };
  const t = difference / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.length - 1) + (vb * vb) / (b.length - 1));
  return { difference, t, df, pValue: studentTTwoSidedP(t, df) };
}

function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return xs.length > 0 ? s / xs.length : Number.NaN;
}

function sampleVariance(xs: readonly number[], m: number): number {
  let s = 0;
  for (const x of xs) s += (x - m) ** 2;
  return s / (xs.length - 1);
}
