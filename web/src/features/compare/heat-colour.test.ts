import { describe, expect, it } from 'vitest';
import { heatFill, heatMax } from './heat-colour';

describe('heat colour', () => {
  it('mixes towards red for losses and blue for gains, by the square root of |CAR| / max', () => {
    expect(heatFill(-0.1, 0.1)).toBe('color-mix(in oklab, var(--heat-neg) 100%, var(--heat-zero))');
    // sqrt(0.025 / 0.1) = 0.5
    expect(heatFill(0.025, 0.1)).toBe('color-mix(in oklab, var(--heat-pos) 50%, var(--heat-zero))');
    expect(heatFill(-0.5, 0.1)).toContain('100%');
  });

  it('ends the scale at the 95th percentile of |CAR|, within 2% and 30%', () => {
    const cars = Array.from({ length: 100 }, (_, i) => (i % 2 ? -1 : 1) * (i / 1000));
    // |CAR| runs 0 .. 0.099; the 95th of 100 sorted values is 0.095 -> 10%.
    expect(heatMax(cars)).toBeCloseTo(0.1, 10);
    expect(heatMax([0.001])).toBe(0.02);
    expect(heatMax([0.9])).toBe(0.3);
  });
});
