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

// Scratch for one study's ARs, their slots and ranks. The loops below name these module
// constants directly: the compiler then folds the arrays into the code, which runs about twice
// as fast as the same loops over arrays passed in. Longer windows take `addLongStudy`.
const capacity = 4096;
const valueScratch = new Float64Array(capacity);
const slotScratch = new Int32Array(capacity);
const rankScratch = new Float64Array(capacity);

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
  for (const s of studies) {
    const est = s.estimationResiduals;
    if (est.length + est.eventLength > capacity) {
      addLongStudy({ panel, s, totals });
      continue;
    }
    // Estimation ARs first, each with its place in the window, then the event window's.
    const fromEstimation = est.gather(valueScratch, slotScratch);
    if (totals !== undefined && s.carTStat !== null && est.sumSquares > 0) {
      const mean = est.mean;
      const scale = 1 / Math.sqrt(est.sumSquares / est.length);
      for (let i = 0; i < fromEstimation; i += 1) {
        const k = slotScratch[i] ?? 0;
        totals[k] = (totals[k] ?? 0) + ((valueScratch[i] ?? 0) - mean) * scale;
      }
      panel.correlationUsed += 1;
    }
    const m = est.gatherEvent(valueScratch, slotScratch, fromEstimation);
    const hint = { mean: est.mean, sd: Math.sqrt(est.sumSquares / est.count) };
    centredRanks(valueScratch, m, rankScratch, hint);
    const estimationBase = est.firstOffset - minOffset;
    const eventBase = -s.pre - minOffset;
    for (let j = 0; j < est.eventLength; j += 1) panel.isEvent[eventBase + j] = 1;
    const { arSum, arCount, rankSum } = panel;
    for (let i = 0; i < m; i += 1) {
      const slot = (i < fromEstimation ? estimationBase : eventBase) + (slotScratch[i] ?? 0);
      arSum[slot] = (arSum[slot] ?? 0) + (valueScratch[i] ?? 0);
      arCount[slot] = (arCount[slot] ?? 0) + 1;
      rankSum[slot] = (rankSum[slot] ?? 0) + (rankScratch[i] ?? 0);
    }
  }
  return panel;
}

/** The same sums for a study whose windows outgrow the scratch space, on arrays of its own. */
function addLongStudy(p: {
  panel: EventTimePanel;
  s: TickerStudyOk;
  totals: Float64Array | undefined;
}): void {
  const { panel, s, totals } = p;
  const est = s.estimationResiduals;
  const values = new Float64Array(est.length + est.eventLength);
  const slots = new Int32Array(values.length);
  const ranks = new Float64Array(values.length);
  const fromEstimation = est.gather(values, slots);
  const m = est.gatherEvent(values, slots, fromEstimation);
  centredRanks(values, m, ranks);
  const scale = 1 / Math.sqrt(est.sumSquares / est.length);
  const kp = totals !== undefined && s.carTStat !== null && est.sumSquares > 0;
  if (kp) panel.correlationUsed += 1;
  for (let i = 0; i < m; i += 1) {
    const event = i >= fromEstimation;
    const k = slots[i] ?? 0;
    const slot = (event ? -s.pre : est.firstOffset) - panel.minOffset + k;
    const v = values[i] ?? 0;
    if (kp && !event && totals !== undefined) totals[k] = (totals[k] ?? 0) + (v - est.mean) * scale;
    panel.arSum[slot] = (panel.arSum[slot] ?? 0) + v;
    panel.arCount[slot] = (panel.arCount[slot] ?? 0) + 1;
    panel.rankSum[slot] = (panel.rankSum[slot] ?? 0) + (ranks[i] ?? 0);
  }
  for (let j = 0; j < est.eventLength; j += 1) panel.isEvent[-s.pre - panel.minOffset + j] = 1;
}
