import type { AlignedPair } from './align';
import type { KernelStudy } from './rank-kernel';
import { type EventWindowFit, studyDays } from './study-days';
import type { StudyDay } from './study-types';

/**
 * The abnormal returns of one study's estimation window (residuals for the market model), as a
 * view over the aligned series: AR_t = R_t - alpha - beta Rm_t (raw: R_t), recomputed on demand
 * so that a study allocates nothing per estimation day. The view also reaches the event window,
 * so the aggregate tests read a study's ARs from the series rather than from its `days`, and the
 * study's `days` are built from it only when read.
 * `JSON.stringify` sees only `{ firstOffset, dates, values }` with null for missing days.
 */
export class EstimationResiduals {
  readonly #a: AlignedPair;
  readonly #fit: EventWindowFit;
  readonly #eventStart: number;
  readonly #eventOffset: number;
  #positive: number;

  constructor(w: {
    a: AlignedPair;
    /** Index of the first estimation session in the aligned calendar. */
    start: number;
    length: number;
    /** Offset of that session from day 0. */
    firstOffset: number;
    /** The fit the ARs and their variances come from (kept, not copied: pass a fresh one). */
    fit: EventWindowFit;
    /** Sessions with a value, their mean and Σ (value - mean)², known from the fit. */
    count: number;
    mean: number;
    sumSquares: number;
    /** Values above zero, or -1 when not counted yet. */
    positive: number;
    /** Index of the first event-window session, its offset from day 0, the window's length. */
    eventStart: number;
    eventOffset: number;
    eventLength: number;
  }) {
    this.#a = w.a;
    this.#fit = w.fit;
    this.start = w.start;
    this.length = w.length;
    this.firstOffset = w.firstOffset;
    this.count = w.count;
    this.mean = w.mean;
    this.sumSquares = w.sumSquares;
    this.#eventStart = w.eventStart;
    this.#eventOffset = w.eventOffset;
    this.#positive = w.positive;
    this.eventLength = w.eventLength;
  }

  readonly start: number;
  readonly length: number;
  readonly firstOffset: number;
  readonly count: number;
  readonly mean: number;
  readonly sumSquares: number;
  readonly eventLength: number;

  /** The event window's days (see studyDays), built afresh on each call. */
  eventDays(): StudyDay[] {
    return studyDays({
      a: this.#a,
      fit: this.#fit,
      from: this.#eventStart,
      length: this.eventLength,
      offset0: this.#eventOffset,
    });
  }

  /** How many of the window's ARs are above zero (counted on the first call when the fit did not). */
  positiveCount(): number {
    if (this.#positive >= 0) return this.#positive;
    const { ri } = this.#a;
    const raw = this.#fit.raw || this.#a.rm === null;
    const rm = this.#a.rm ?? ri;
    const alpha = this.#fit.alpha;
    const beta = this.#fit.beta;
    let positive = 0;
    for (let t = this.start; t < this.start + this.length; t += 1) {
      const r = ri[t] ?? Number.NaN;
      const v = raw ? r : r - alpha - beta * (rm[t] ?? Number.NaN);
      if (v > 0) positive += 1;
    }
    this.#positive = positive;
    return positive;
  }

  /** True when `other` runs on the same calendar with the same event-window sessions. */
  sameEventDates(other: EstimationResiduals): boolean {
    return other.#a.dates === this.#a.dates && other.#eventStart === this.#eventStart;
  }

  /**
   * Writes this study as the rank kernel reads it (see addStudy) into `k`, landing at the given
   * panel slots; `k` is reused from study to study, so aggregating allocates nothing per study.
   */
  toKernel(k: KernelStudy, p: { estimationBase: number; eventBase: number; zScale: number }): void {
    const { ri } = this.#a;
    const rm = this.#a.rm;
    const raw = this.#fit.raw || rm === null;
    k.ri = ri;
    k.rm = raw || rm === null ? ri : rm;
    k.alpha = raw ? 0 : this.#fit.alpha;
    k.beta = raw ? 0 : this.#fit.beta;
    k.estimationStart = this.start;
    k.estimationLength = this.length;
    k.eventStart = this.#eventStart;
    k.eventLength = this.eventLength;
    k.estimationBase = p.estimationBase;
    k.eventBase = p.eventBase;
    k.mean = this.mean;
    k.sd = Math.sqrt(this.sumSquares / this.count);
    k.zScale = p.zScale;
  }

  /** The session dates the study ran on (shared with the aligned series, never copied). */
  get calendar(): readonly string[] {
    return this.#a.dates;
  }

  /** True when every session of the window has a value. */
  get complete(): boolean {
    return this.count === this.length;
  }

  dateAt(k: number): string {
    return this.#a.dates[this.start + k] ?? '';
  }

  /** Writes the window's ARs (NaN where missing) into `out` from index 0. */
  copyTo(out: Float64Array): void {
    const { ri } = this.#a;
    const rm = this.#a.rm;
    const s = this.start;
    if (this.#fit.raw || rm === null) {
      for (let k = 0; k < this.length; k += 1) out[k] = ri[s + k] ?? Number.NaN;
      return;
    }
    const alpha = this.#fit.alpha;
    const beta = this.#fit.beta;
    for (let k = 0; k < this.length; k += 1) {
      out[k] = (ri[s + k] ?? Number.NaN) - alpha - beta * (rm[s + k] ?? Number.NaN);
    }
  }

  /**
   * Writes the window's ARs that exist into `values` from index 0, and the position in the
   * window of each into `at`; returns how many there are.
   */
  gather(values: Float64Array, at: Int32Array): number {
    const { ri } = this.#a;
    const rm = this.#a.rm;
    const s = this.start;
    let m = 0;
    if (this.#fit.raw || rm === null) {
      for (let k = 0; k < this.length; k += 1) {
        const v = ri[s + k] ?? Number.NaN;
        if (Number.isNaN(v)) continue;
        values[m] = v;
        at[m] = k;
        m += 1;
      }
      return m;
    }
    const alpha = this.#fit.alpha;
    const beta = this.#fit.beta;
    for (let k = 0; k < this.length; k += 1) {
      const v = (ri[s + k] ?? Number.NaN) - alpha - beta * (rm[s + k] ?? Number.NaN);
      if (Number.isNaN(v)) continue;
      values[m] = v;
      at[m] = k;
      m += 1;
    }
    return m;
  }

  /**
   * Writes the event window's ARs that exist (as in the study's `days`) into `values` from index
   * `from`, and the place of each in the window into `at`; returns the index after the last.
   */
  gatherEvent(values: Float64Array, at: Int32Array, from: number): number {
    const { ri } = this.#a;
    const rm = this.#a.rm;
    const s = this.#eventStart;
    const raw = this.#fit.raw || rm === null;
    const alpha = this.#fit.alpha;
    const beta = this.#fit.beta;
    let m = from;
    for (let j = 0; j < this.eventLength; j += 1) {
      const r = ri[s + j] ?? Number.NaN;
      const v = raw ? r : r - alpha - beta * (rm[s + j] ?? Number.NaN);
      if (!Number.isFinite(v)) continue;
      values[m] = v;
      at[m] = j;
      m += 1;
    }
    return m;
  }

  /** The session date of event-window day j. */
  eventDateAt(j: number): string {
    return this.#a.dates[this.#eventStart + j] ?? '';
  }

  toJSON(): { firstOffset: number; dates: string[]; values: (number | null)[] } {
    const buffer = new Float64Array(this.length);
    this.copyTo(buffer);
    const values = Array.from(buffer, (v) => (Number.isNaN(v) ? null : v));
    const dates = this.#a.dates.slice(this.start, this.start + this.length);
    return { firstOffset: this.firstOffset, dates, values };
  }
}
