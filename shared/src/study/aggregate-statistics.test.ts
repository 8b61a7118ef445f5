import { describe, expect, it } from 'vitest';
import {
  bmpT,
  corradoWindowZ,
  crossSectionalT,
  generalizedSignZ,
  kpFactor,
  patellZ,
  portfolioT,
} from './aggregate-statistics';
import type { EventTimePanel } from './event-time-panel';
import { centredRanks } from './ranks';

function panel(a: {
  minOffset: number;
  sums: number[];
  counts: number[];
  ranks: number[];
  event: number[];
}): EventTimePanel {
  return {
    minOffset: a.minOffset,
    length: a.sums.length,
    arSum: Float64Array.from(a.sums),
    arCount: Int32Array.from(a.counts),
    rankSum: Float64Array.from(a.ranks),
    isEvent: Uint8Array.from(a.event),
    correlationUsed: 0,
  };
}

describe('parametric tests on a hand example', () => {
  // SCARs 2, 1, 3 with 238, 238 and 98 degrees of freedom.
  const scars = [2, 1, 3];
  const dfs = [238, 238, 98];

  it('Patell Z = Σ SCAR / sqrt(Σ df/(df-2))', () => {
    // 6 / sqrt(2 × 238/236 + 98/96) = 6 / 1.7429235 = 3.4424918
    expect(patellZ(scars, dfs)).toBeCloseTo(3.4424918, 6);
  });

  it('BMP t = mean(SCAR) / (sd(SCAR)/√N)', () => {
    // mean 2, sd 1: 2 / (1/√3) = 3.4641016
    expect(bmpT(scars)).toBeCloseTo(3.4641016, 6);
    expect(crossSectionalT([0.01, 0.03])).toBeCloseTo(2, 12);
    expect(bmpT([1])).toBeNull();
  });

  it('Kolari-Pynnönen factor: 1 at r = 0, sqrt(0.7/1.6) at r = 0.3 with N = 3', () => {
    expect(kpFactor(0, 3)).toBe(1);
    expect(kpFactor(0, 500)).toBe(1);
    expect(kpFactor(0.3, 3)).toBeCloseTo(0.6614378, 7);
    expect((bmpT(scars) ?? 0) * kpFactor(0.3, 3)).toBeCloseTo(2.2912878, 6);
  });

  it('generalized sign Z = (w - N p̂) / sqrt(N p̂ (1 - p̂))', () => {
    // (7 - 5) / sqrt(10 × .25) = 1.2649111
    expect(generalizedSignZ({ positives: 7, n: 10, pHat: 0.5 })).toBeCloseTo(1.2649111, 6);
  });
});

describe('rank and portfolio tests on a hand example', () => {
  it('ranks with ties averaged, standardised by M + 1', () => {
    const out = new Float64Array(5);
    centredRanks(Float64Array.from([3, 1, 2, 2, 5]), 5, out);
    // Ranks 4, 1, 2.5, 2.5, 5 over 6.
    expect(Array.from(out)).toEqual([
      4 / 6 - 0.5,
      1 / 6 - 0.5,
      2.5 / 6 - 0.5,
      2.5 / 6 - 0.5,
      5 / 6 - 0.5,
    ]);
    const spread = new Float64Array(3);
    centredRanks(Float64Array.from([7, 7, 7]), 3, spread);
    expect(Array.from(spread)).toEqual([0, 0, 0]);
  });

  it('Corrado Z = Σ_W Ū_t / (√L2 S_U)', () => {
    // A: ARs .1 .2 .3 | .4 -> ranks 1 2 3 | 4; B: .4 .1 .3 | .2 -> ranks 4 1 3 | 2; M = 4.
    // U - 1/2 = K/5 - 1/2; Ū = [0, -.2, .1 | .1]; S_U = sqrt(.06/4); Z = .1 / S_U = 0.8164966.
    const p = panel({
      minOffset: -3,
      sums: [0.5, 0.3, 0.6, 0.6],
      counts: [2, 2, 2, 2],
      ranks: [-0.3 + 0.3, -0.1 - 0.3, 0.1 + 0.1, 0.3 - 0.1],
      event: [0, 0, 0, 1],
    });
    expect(corradoWindowZ(p)).toBeCloseTo(0.8164966, 6);
  });

  it('portfolio t = CAR_p / sqrt(L2 s_p²), s_p² from the estimation offsets', () => {
    // Portfolio ARs .01 -.01 .02 0 | .03: mean .005, s² = .0005/3, t = .03/sqrt(.0005/3).
    const p = panel({
      minOffset: -4,
      sums: [0.02, -0.02, 0.04, 0, 0.06],
      counts: [2, 2, 2, 2, 2],
      ranks: [0, 0, 0, 0, 0],
      event: [0, 0, 0, 0, 1],
    });
    const r = portfolioT(p);
    expect(r.car).toBeCloseTo(0.03, 15);
    expect(r.t).toBeCloseTo(2.32379, 6);
    expect(r.df).toBe(3);
  });
});
