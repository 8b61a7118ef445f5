import { centredRanks } from './ranks';
import type { TickerStudyOk } from './study-types';

/**
 * Abnormal returns of many studies stacked in event time (offset from day 0), over the
 * estimation and event windows together: the sums behind the equal-weighted portfolio and the
 * Corrado rank test. Index k holds offset `minOffset + k`.
 */
export interface EventTimePanel {
  minOffset: number;
  length: number;
  arSum: Float64Array;
  arCount: Int32Array;
  /** Σ_i (U_it - 1/2), U_it = K_it / (M_i + 1) (Corrado and Zivney 1992 standardised ranks). */
  rankSum: Float64Array;
  isEvent: Uint8Array;
  /** Studies whose standardised residuals went into `correlationTotals`. */
  correlationUsed: number;
}

export interface PanelOptions {
  /**
   * When every study's estimation window covers the same complete dates: Σ_i z_it per date,
   * z the residual standardised over the window, for the O(NT) Kolari-Pynnönen r (see
   * meanResidualCorrelation). Studies without a t statistic are left out, as from BMP.
   */
  correlationTotals?: Float64Array;
}

/**
 * Stacks the studies' estimation residuals and event-window ARs by offset, with their ranks, in
 * one pass over each study's residuals.
 */
export function buildEventTimePanel(
  studies: readonly TickerStudyOk[],
  opts: PanelOptions = {},
): EventTimePanel {
  let minOffset = 0;
  let maxOffset = 0;
  for (const s of studies) {
    const first = s.estimationResiduals.firstOffset;
    const lastEst = first + s.estimationResiduals.length - 1;
    minOffset = Math.min(minOffset, first, -s.pre);
    maxOffset = Math.max(maxOffset, lastEst, s.post);
  }
  const length = maxOffset - minOffset + 1;
  const panel: EventTimePanel = {
    minOffset,
    length,
    arSum: new Float64Array(length),
    arCount: new Int32Array(length),
    rankSum: new Float64Array(length),
    isEvent: new Uint8Array(length),
    correlationUsed: 0,
  };
  const totals = opts.correlationTotals;
  let values = new Float64Array(512);
  let slots = new Int32Array(512);
  let centred = new Float64Array(512);
  for (const s of studies) {
    const est = s.estimationResiduals;
    const need = est.length + s.days.length;
    if (need > values.length) {
      values = new Float64Array(need);
      slots = new Int32Array(need);
      centred = new Float64Array(need);
    }
    est.copyTo(values);
    const kp = totals !== undefined && s.carTStat !== null && est.sumSquares > 0;
    const mean = est.mean;
    const scale = kp ? 1 / Math.sqrt(est.sumSquares / est.length) : 0;
    if (kp) panel.correlationUsed += 1;
    let m = 0;
    const base = est.firstOffset - minOffset;
    // One pass: feed the correlation totals, then drop missing days and note each value's slot.
    for (let k = 0; k < est.length; k += 1) {
      const v = values[k] ?? Number.NaN;
      if (Number.isNaN(v)) continue;
      if (kp && totals !== undefined) totals[k] = (totals[k] ?? 0) + (v - mean) * scale;
      values[m] = v;
      slots[m] = base + k;
      m += 1;
    }
    for (const d of s.days) {
      panel.isEvent[d.offset - minOffset] = 1;
      if (d.abnormalReturn === null) continue;
      values[m] = d.abnormalReturn;
      slots[m] = d.offset - minOffset;
      m += 1;
    }
    centredRanks(values, m, centred, { mean: est.mean, sd: Math.sqrt(est.sumSquares / est.count) });
    for (let k = 0; k < m; k += 1) {
      const slot = slots[k] ?? 0;
      panel.arSum[slot] = (panel.arSum[slot] ?? 0) + (values[k] ?? 0);
      panel.arCount[slot] = (panel.arCount[slot] ?? 0) + 1;
      panel.rankSum[slot] = (panel.rankSum[slot] ?? 0) + (centred[k] ?? 0);
    }
  }
  return panel;
}
