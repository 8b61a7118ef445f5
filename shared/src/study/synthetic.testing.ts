// Test-only helpers: seeded synthetic prices for property tests. Never imported by library code.
import type { PricePoint } from '../domain/index';

/** mulberry32: a small seeded PRNG, uniform on [0, 1). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by Box-Muller. */
export function normal(u: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** Consecutive weekdays from 2020-01-01, `n` of them. */
export function weekdays(n: number): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(2020, 0, 1); out.length < n; t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** Prices starting at 100 that earn exactly `returns[i]` into date i (returns[0] unused). */
export function pricesFromReturns(dates: readonly string[], returns: readonly number[]) {
  const points: PricePoint[] = [];
  let p = 100;
  for (let i = 0; i < dates.length; i += 1) {
    if (i > 0) p *= 1 + (returns[i] ?? 0);
    points.push({ date: dates[i] ?? '', adjClose: p });
  }
  return points;
}
