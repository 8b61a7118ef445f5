import { describe, expect, it } from 'vitest';
import { rebaseSeries } from './rebase';

const bar = (date: string, close: number, adjClose = close) => ({
  date,
  open: close,
  high: close,
  low: close,
  close,
  adjClose,
  volume: 0,
});

describe('rebaseSeries', () => {
  it('starts each series at 100 and keeps the ratios of adjusted closes', () => {
    const rows = rebaseSeries(
      [
        { ticker: 'NVDA', bars: [bar('2025-01-24', 142.62), bar('2025-01-27', 118.42)] },
        { ticker: 'AAPL', bars: [bar('2025-01-27', 229.86), bar('2025-01-28', 238.26)] },
      ],
      'rebased',
    );
    expect(rows.map((r) => r.date)).toEqual(['2025-01-24', '2025-01-27', '2025-01-28']);
    expect(rows[0]?.NVDA).toBe(100);
    // 118.42 / 142.62 = 0.830318...: the -16.97% of the DeepSeek sell-off.
    expect(rows[1]?.NVDA).toBeCloseTo(83.0318, 3);
    expect(rows[1]?.AAPL).toBe(100);
    expect(rows[2]?.NVDA).toBeUndefined();
  });
});
