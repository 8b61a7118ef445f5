/**
 * The colour of a CAR on a diverging scale: red for losses, blue for gains, the neutral colour at
 * zero, full strength at ±`max` and beyond. Returned as CSS so the neutral can follow the theme.
 */
export function heatFill(car: number, max: number): string {
  const share = Math.min(1, Math.abs(car) / max);
  // The square root spreads small moves over more of the scale, where most cells are.
  const percent = Math.round(Math.sqrt(share) * 100);
  const hue = car < 0 ? 'var(--heat-neg)' : 'var(--heat-pos)';
  return `color-mix(in oklab, ${hue} ${percent}%, var(--heat-zero))`;
}

/** The scale's end: the 95th percentile of |CAR|, between 2% and 30%, rounded up to 1%. */
export function heatMax(cars: readonly number[]): number {
  if (cars.length === 0) return 0.1;
  const sorted = cars.map(Math.abs).sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? 0.1;
  return Math.min(0.3, Math.max(0.02, Math.ceil(p95 * 100) / 100));
}
