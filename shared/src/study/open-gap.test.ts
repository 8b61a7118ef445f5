import { describe, expect, it } from 'vitest';
import { openGapSplit } from './open-gap';

describe('day 0 split at the open', () => {
  it('splits a market-model AR into gap, session and the compounding remainder', () => {
    // Stock: 100 -> open 90 -> close 81: g = -10%, s = -10%, R = -19%.
    // Benchmark: 200 -> open 196 -> close 198: gm = -2%, sm = +1.0204%, Rm = -1%.
    // alpha 0.001, beta 1.5: AR = -0.19 - 0.001 - 1.5 x -0.01 = -0.176.
    // AR_gap = -0.10 - 1.5 x -0.02 = -0.07; AR_session = -0.10 - 0.001 - 1.5 x 0.010204 = -0.116306.
    // remainder = g s - beta gm sm = 0.01 - 1.5 x (-0.02 x 0.010204) = 0.010306.
    const r = openGapSplit({
      stock: { prevClose: 100, open: 90, close: 81 },
      benchmark: { prevClose: 200, open: 196, close: 198 },
      alpha: 0.001,
      beta: 1.5,
      ar: -0.176,
    });
    expect(r.gap).toBeCloseTo(-0.1, 12);
    expect(r.session).toBeCloseTo(-0.1, 12);
    expect(r.arGap).toBeCloseTo(-0.07, 12);
    expect(r.arSession).toBeCloseTo(-0.1163061, 6);
    expect(r.remainder).toBeCloseTo(0.0103061, 6);
  });
});
