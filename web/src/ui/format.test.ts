import { describe, expect, it } from 'vitest';
import { formatPercent, formatPValue, formatSigned, formatUsd, significanceStars } from './format';

describe('formatPercent', () => {
  it('writes a fraction as a signed percentage with two decimals and a true minus', () => {
    // NVDA on 2025-01-27: 118.42 / 142.62 - 1 = -0.169681...
    expect(formatPercent(118.42 / 142.62 - 1)).toBe('\u221216.97%');
    expect(formatPercent(0.0123)).toBe('+1.23%');
    expect(formatPercent(-0.00001)).toBe('0.00%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('other figures', () => {
  it('formats t, p, dollars and stars', () => {
    expect(formatSigned(-4.6439)).toBe('\u22124.64');
    expect(formatPValue(0.0004)).toBe('<0.001');
    expect(formatPValue(0.0459)).toBe('0.046');
    expect(formatUsd(-592_343_400_000)).toBe('\u2212$592.34 bn');
    expect(significanceStars(0.0459)).toBe('**');
    expect(significanceStars(0.2)).toBe('');
  });
});
