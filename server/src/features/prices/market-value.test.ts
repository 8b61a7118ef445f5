import { describe, expect, it } from 'vitest';
import { sharesOutstandingOn } from '../../catalogue/shares-outstanding';
import { marketValueDelta, shareCountOn } from './market-value';

const count = (asOf: string, shares: number, source = 'test') => ({
  ticker: 'X',
  asOf,
  shares,
  source,
});

describe('market value', () => {
  it("puts NVDA's loss of 27 January 2025 near the reported $589-593 billion", () => {
    // Closes 142.62 (Fri 24 Jan) and 118.42 (Mon 27 Jan); 24,477 million shares at the fiscal
    // year end of 26 January 2025 (10-K FY2025). 24.477e9 x 24.20 = 592.34e9.
    const shares = sharesOutstandingOn('NVDA', '2025-01-27');
    expect(shares?.asOf).toBe('2025-01-26');
    const change = marketValueDelta({ shares: shares!.shares, prevClose: 142.62, close: 118.42 });
    expect(change).toBeCloseTo(-592_343_400_000, -3);
    expect(change).toBeGreaterThan(-593e9);
    expect(change).toBeLessThan(-589e9);
  });

  it('takes the latest count dated on or before the day, else the earliest after it', () => {
    const counts = [count('2024-01-28', 100), count('2024-08-23', 90), count('2024-11-15', 80)];
    expect(shareCountOn(counts, '2024-08-23')?.shares).toBe(90);
    expect(shareCountOn(counts, '2024-10-01')?.shares).toBe(90);
    expect(shareCountOn(counts, '2025-06-01')?.shares).toBe(80);
    expect(shareCountOn(counts, '2023-01-03')).toEqual({
      shares: 100,
      asOf: '2024-01-28',
      source: 'test',
    });
    expect(shareCountOn([], '2024-01-01')).toBeNull();
  });

  it('gives the same dollars before and after a split when closes and counts are adjusted alike', () => {
    // 1,000 shares falling from 50 to 40 lose $10,000; after a 4:1 split the same day reads
    // 4,000 shares from 12.5 to 10.
    expect(marketValueDelta({ shares: 1_000, prevClose: 50, close: 40 })).toBe(-10_000);
    expect(marketValueDelta({ shares: 4_000, prevClose: 12.5, close: 10 })).toBe(-10_000);
  });
});
