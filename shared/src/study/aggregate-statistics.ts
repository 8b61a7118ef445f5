import type { EventTimePanel } from './event-time-panel';

/** Mean and sample standard deviation (n - 1). */
export function meanSd(xs: ArrayLike<number>): { mean: number; sd: number } {
  const n = xs.length;
  let mean = 0;
  for (let i = 0; i < n; i += 1) mean += xs[i] ?? 0;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i += 1) ss += ((xs[i] ?? 0) - mean) * ((xs[i] ?? 0) - mean);
  return { mean, sd: Math.sqrt(ss / (n - 1)) };
}

/** Cross-sectional t: t = mean(CAR) / (sd(CAR)/√N), N - 1 df (Brown and Warner 1985). */
export function crossSectionalT(cars: ArrayLike<number>): number | null {
  if (cars.length < 2) return null;
  const { mean, sd } = meanSd(cars);
  return sd > 0 ? mean / (sd / Math.sqrt(cars.length)) : null;
}

/**
 * Patell (1976) Z: Σ SCAR_i / sqrt(Σ df_i/(df_i - 2)), the standardized CARs summed and scaled
 * by their Student-t variances; N(0,1) under H0. Tickers with df ≤ 2 cannot enter.
 */
export function patellZ(scars: readonly number[], dfs: readonly number[]): number | null {
  let sum = 0;
  let variance = 0;
  for (let i = 0; i < scars.length; i += 1) {
    const df = dfs[i] ?? 0;
    if (df <= 2) continue;
    sum += scars[i] ?? 0;
    variance += df / (df - 2);
  }
  return variance > 0 ? sum / Math.sqrt(variance) : null;
}

/**
 * Boehmer, Musumeci and Poulsen (1991) t: mean(SCAR) / (sd(SCAR)/√N), with SCAR standardised by
 * the forecast-error variance; robust to event-induced variance. N - 1 df.
 */
export function bmpT(scars: readonly number[]): number | null {
  return crossSectionalT(scars);
}

/**
 * Kolari and Pynnönen (2010) adjustment for cross-correlation: multiply BMP t (or Patell Z) by
 * sqrt((1 - r)/(1 + (N - 1) r)), r the mean pairwise correlation of estimation residuals.
 * r = 0 leaves the statistic unchanged.
 */
export function kpFactor(r: number, n: number): number {
  const denominator = 1 + (n - 1) * r;
  return denominator > 0 && r < 1 ? Math.sqrt((1 - r) / denominator) : Number.NaN;
}

/**
 * Generalized sign test (Cowan 1992): Z = (w - N p̂) / sqrt(N p̂ (1 - p̂)), w the number of
 * positive CARs, p̂ the average share of positive ARs in the estimation windows.
 */
export function generalizedSignZ(a: { positives: number; n: number; pHat: number }): number | null {
  const { positives, n, pHat } = a;
  const v = n * pHat * (1 - pHat);
  return v > 0 ? (positives - n * pHat) / Math.sqrt(v) : null;
}

/**
 * Corrado (1989) rank test over a multi-day window in the form of Cowan (1992) and Campbell and
 * Wasley (1993), on Corrado-Zivney standardised ranks U = K/(M+1):
 * Z = Σ_{t∈W} Ū_t / (sqrt(L2) S_U), Ū_t the cross-sectional mean of U_it - 1/2 on offset t,
 * S_U = sqrt((1/T) Σ_t Ū_t²) over all T offsets of the estimation and event windows; N(0,1).
 */
export function corradoWindowZ(panel: EventTimePanel): number | null {
  let ss = 0;
  let days = 0;
  let windowSum = 0;
  let windowDays = 0;
  for (let k = 0; k < panel.length; k += 1) {
    const count = panel.arCount[k] ?? 0;
    if (count === 0) continue;
    const u = (panel.rankSum[k] ?? 0) / count;
    ss += u * u;
    days += 1;
    if (panel.isEvent[k] === 1) {
      windowSum += u;
      windowDays += 1;
    }
  }
  const su = Math.sqrt(ss / days);
  return windowDays > 0 && su > 0 ? windowSum / (Math.sqrt(windowDays) * su) : null;
}

/**
 * Equal-weighted portfolio test (Brown and Warner 1980, crude dependence adjustment): the
 * portfolio AR on each offset is the mean AR of the studies; s_p² is its sample variance over
 * the estimation offsets; t = CAR_p / sqrt(L2 s_p²) with T_est - 1 df.
 */
export function portfolioT(panel: EventTimePanel): { car: number; t: number | null; df: number } {
  let mean = 0;
  let estDays = 0;
  let car = 0;
  let windowDays = 0;
  for (let k = 0; k < panel.length; k += 1) {
    const count = panel.arCount[k] ?? 0;
    if (count === 0) continue;
    const ar = (panel.arSum[k] ?? 0) / count;
    if (panel.isEvent[k] === 1) {
      car += ar;
      windowDays += 1;
    } else {
      mean += ar;
      estDays += 1;
    }
  }
  mean /= estDays;
  let ss = 0;
  for (let k = 0; k < panel.length; k += 1) {
    const count = panel.arCount[k] ?? 0;
    if (count === 0 || panel.isEvent[k] === 1) continue;
    const d = (panel.arSum[k] ?? 0) / count - mean;
    ss += d * d;
  }
  const s2 = ss / (estDays - 1);
  const t = estDays > 1 && s2 > 0 ? car / Math.sqrt(windowDays * s2) : null;
  return { car, t, df: estDays - 1 };
}
