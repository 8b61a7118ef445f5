import type { AlignedPair } from './align';

/**
 * The abnormal returns of one study's estimation window (residuals for the market model), as a
 * view over the aligned series: AR_t = R_t - alpha - beta Rm_t (raw: R_t), recomputed on demand
 * so that a study allocates nothing per estimation day. The view also reaches the event window,
 * so the aggregate tests read a study's ARs from the series rather than from its `days`.
 * `JSON.stringify` sees only `{ firstOffset, dates, values }` with null for missing days.
 */
export class EstimationResiduals {
  readonly #a: AlignedPair;
  readonly #alpha: number;
  readonly #beta: number;
  readonly #raw: boolean;
  readonly #eventStart: number;

  constructor(w: {
    a: AlignedPair;
    /** Index of the first estimation session in the aligned calendar. */
    start: number;
    length: number;
    /** Offset of that session from day 0. */
    firstOffset: number;
    alpha: number;
    beta: number;
    raw: boolean;
    /** Sessions with a value, their mean and Σ (value - mean)², known from the fit. */
    count: number;
    mean: number;
    sumSquares: number;
    /** Index of the first event-window session, and the window's length. */
    eventStart: number;
    eventLength: number;
  }) {
    this.#a = w.a;
    this.#alpha = w.alpha;
    this.#beta = w.beta;
    this.#raw = w.raw;
    this.start = w.start;
    this.length = w.length;
    this.firstOffset = w.firstOffset;
    this.count = w.count;
    this.mean = w.mean;
    this.sumSquares = w.sumSquares;
    this.#eventStart = w.eventStart;
    this.eventLength = w.eventLength;
  }

  readonly start: number;
  readonly length: number;
  readonly firstOffset: number;
  readonly count: number;
  readonly mean: number;
  readonly sumSquares: number;
  readonly eventLength: number;

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
    if (this.#raw || rm === null) {
      for (let k = 0; k < this.length; k += 1) out[k] = ri[s + k] ?? Number.NaN;
      return;
    }
    const alpha = this.#alpha;
    const beta = this.#beta;
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
    if (this.#raw || rm === null) {
      for (let k = 0; k < this.length; k += 1) {
        const v = ri[s + k] ?? Number.NaN;
        if (Number.isNaN(v)) continue;
        values[m] = v;
        at[m] = k;
        m += 1;
      }
      return m;
    }
    const alpha = this.#alpha;
    const beta = this.#beta;
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
    const raw = this.#raw || rm === null;
    const alpha = this.#alpha;
    const beta = this.#beta;
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
