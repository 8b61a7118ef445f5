import {
  addStudy,
  beginPanel,
  endPanel,
  type KernelStudy,
  offsetCapacity,
  studyCapacity,
} from './rank-kernel';
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

// Event-window ARs of the last panel, grown as needed and kept, so that a panel allocates
// nothing in proportion to its studies.
let rowScratch = new Float64Array(0);

// Filled by each study in turn before the kernel reads it.
const empty = new Float64Array(0);
const kernelStudy: KernelStudy = {
  ri: empty,
  rm: empty,
  alpha: 0,
  beta: 0,
  estimationStart: 0,
  estimationLength: 0,
  eventStart: 0,
  eventLength: 0,
  estimationBase: 0,
  eventBase: 0,
  mean: 0,
  sd: 0,
  zScale: 0,
};

/** The panel, with each event-window day's ARs for the AARs (see aggregateDays). */
export interface PanelWithDays {
  panel: EventTimePanel;
  /**
   * eventRows[j × studies + c]: the c-th AR of event day j; eventCounts[j] of them. Scratch
   * space shared by every panel: read it before building the next one.
   */
  eventRows: Float64Array;
  eventCounts: Int32Array;
  /** Σ over studies, in order, of the share of estimation ARs above zero. */
  positiveShareSum: number;
}

/**
 * Stacks the studies' estimation residuals and event-window ARs by offset, with their ranks, in
 * one pass over each study's residuals.
 */
export function buildEventTimePanel(
  studies: readonly TickerStudyOk[],
  opts: PanelOptions = {},
): EventTimePanel {
  return buildPanelWithDays(studies, opts).panel;
}

/** buildEventTimePanel, keeping each event-window day's ARs as well. */
export function buildPanelWithDays(
  studies: readonly TickerStudyOk[],
  opts: PanelOptions = {},
): PanelWithDays {
  let minOffset = 0;
  let maxOffset = 0;
  let width = 0;
  let places = 0;
  for (const s of studies) {
    const est = s.estimationResiduals;
    const first = est.firstOffset;
    minOffset = Math.min(minOffset, first, -s.pre);
    maxOffset = Math.max(maxOffset, first + est.length - 1, s.post);
    width = Math.max(width, est.eventLength);
    places = Math.max(places, est.length);
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
  if (rowScratch.length < width * studies.length) {
    rowScratch = new Float64Array(Math.max(width * studies.length, 2 * rowScratch.length));
  }
  const eventRows = rowScratch;
  const eventCounts = new Int32Array(width);
  const kernel = length <= offsetCapacity && places <= studyCapacity;
  if (kernel) beginPanel({ length, places, eventRows, eventCounts, studies: studies.length });
  const totals = opts.correlationTotals;
  let positiveShareSum = 0;
  let marked = -1;
  for (const s of studies) {
    const est = s.estimationResiduals;
    const eventBase = -s.pre - minOffset;
    // Studies of one panel usually share their event window: mark it once.
    if (eventBase !== marked || est.eventLength !== width) {
      panel.isEvent.fill(1, eventBase, eventBase + est.eventLength);
      marked = est.eventLength === width ? eventBase : -1;
    }
    const kp = totals !== undefined && s.carTStat !== null && est.sumSquares > 0;
    if (kp) panel.correlationUsed += 1;
    const zScale = kp ? 1 / Math.sqrt(est.sumSquares / est.length) : 0;
    if (!kernel || est.length + est.eventLength > studyCapacity) {
      const positive = addLongStudy({
        panel,
        s,
        totals: kp ? totals : undefined,
        eventRows,
        eventCounts,
        studies: studies.length,
      });
      positiveShareSum += positive / est.count;
      continue;
    }
    est.toKernel(kernelStudy, { estimationBase: est.firstOffset - minOffset, eventBase, zScale });
    const positive = addStudy(kernelStudy);
    positiveShareSum += positive / est.count;
  }
  if (kernel) endPanel({ ...panel, totals });
  return { panel, eventRows, eventCounts, positiveShareSum };
}

/**
 * The same sums for a study whose windows outgrow the kernel's space, on arrays of its own;
 * returns how many estimation ARs are above zero.
 */
function addLongStudy(p: {
  panel: EventTimePanel;
  s: TickerStudyOk;
  /** Present when the study's standardised residuals go into the correlation totals. */
  totals: Float64Array | undefined;
  eventRows: Float64Array;
  eventCounts: Int32Array;
  /** Row width of eventRows: the panel's number of studies. */
  studies: number;
}): number {
  const { panel, s, totals, eventRows, eventCounts, studies } = p;
  const est = s.estimationResiduals;
  const values = new Float64Array(est.length + est.eventLength);
  const slots = new Int32Array(values.length);
  const ranks = new Float64Array(values.length);
  const fromEstimation = est.gather(values, slots);
  const m = est.gatherEvent(values, slots, fromEstimation);
  centredRanks(values, m, ranks);
  const scale = 1 / Math.sqrt(est.sumSquares / est.length);
  let positive = 0;
  for (let i = 0; i < m; i += 1) {
    const event = i >= fromEstimation;
    const k = slots[i] ?? 0;
    const slot = (event ? -s.pre : est.firstOffset) - panel.minOffset + k;
    const v = values[i] ?? 0;
    if (!event && v > 0) positive += 1;
    if (totals !== undefined && !event) totals[k] = (totals[k] ?? 0) + (v - est.mean) * scale;
    if (event) {
      const c = eventCounts[k] ?? 0;
      eventRows[k * studies + c] = v;
      eventCounts[k] = c + 1;
    }
    panel.arSum[slot] = (panel.arSum[slot] ?? 0) + v;
    panel.arCount[slot] = (panel.arCount[slot] ?? 0) + 1;
    panel.rankSum[slot] = (panel.rankSum[slot] ?? 0) + (ranks[i] ?? 0);
  }
  return positive;
}
