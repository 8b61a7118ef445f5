import type { PriceSeries } from '@aftershock/shared';
import type { PriceMode } from './timeline-filters';

/** Every session any series has, in order: the shared time axis. */
export function sessionAxis(series: readonly PriceSeries[]): string[] {
  const dates = new Set<string>();
  for (const s of series) for (const b of s.bars) dates.add(b.date);
  return [...dates].sort();
}

/** A ticker's closes laid on the shared axis; NaN where it has no bar. */
export interface AlignedSeries {
  ticker: string;
  close: Float64Array;
  adjClose: Float64Array;
}

export function alignSeries(series: readonly PriceSeries[], dates: readonly string[]) {
  const at = new Map(dates.map((d, i) => [d, i]));
  return series.map((s): AlignedSeries => {
    const close = new Float64Array(dates.length).fill(Number.NaN);
    const adjClose = new Float64Array(dates.length).fill(Number.NaN);
    for (const b of s.bars) {
      const i = at.get(b.date);
      if (i === undefined) continue;
      close[i] = b.close;
      adjClose[i] = b.adjClose;
    }
    return { ticker: s.ticker, close, adjClose };
  });
}

/** One drawn line: values for the sessions `start..end` of the axis, NaN where missing. */
export interface ViewLine {
  ticker: string;
  values: Float64Array;
}

/**
 * The shown window of each series. Rebased: the adjusted close divided by the first adjusted
 * close inside the window, times 100, so a zoom re-anchors every line at the left edge. Raw: the
 * split-adjusted close as quoted.
 */
export function viewLines(
  aligned: readonly AlignedSeries[],
  range: { start: number; end: number },
  mode: PriceMode,
): ViewLine[] {
  return aligned.map((s) => {
    const source = mode === 'raw' ? s.close : s.adjClose;
    const values = source.slice(range.start, range.end + 1);
    if (mode === 'rebased') {
      const base = values.find((v) => Number.isFinite(v) && v > 0);
      for (let k = 0; k < values.length; k++) {
        values[k] = base === undefined ? Number.NaN : (100 * (values[k] ?? Number.NaN)) / base;
      }
    }
    return { ticker: s.ticker, values };
  });
}

/** First and last finite values: the change over the shown window. */
export function windowChange(values: Float64Array): number | null {
  const first = values.find(Number.isFinite);
  const last = values.findLast(Number.isFinite);
  return first !== undefined && last !== undefined && first > 0 ? last / first - 1 : null;
}

/** Axis indexes of the month starts inside `start..end` (not the first), at most `max`. */
export function monthTicks(
  dates: readonly string[],
  range: { start: number; end: number },
  max: number,
): number[] {
  const starts: number[] = [];
  for (let i = range.start + 1; i <= range.end; i++) {
    if (dates[i]?.slice(0, 7) !== dates[i - 1]?.slice(0, 7)) starts.push(i);
  }
  if (starts.length === 0) return [range.start];
  const step = Math.max(1, Math.ceil(starts.length / max));
  return starts.filter((_, k) => k % step === 0);
}

/**
 * The y range of the shown lines with 4% headroom; on a log axis multiplicative headroom, and
 * never below a positive floor since a log scale has no zero.
 */
export function valueDomain(lines: readonly ViewLine[], axis: 'linear' | 'log'): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const l of lines) {
    for (const v of l.values) {
      if (!Number.isFinite(v) || (axis === 'log' && v <= 0)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (!Number.isFinite(min)) return axis === 'log' ? [1, 100] : [0, 100];
  if (axis === 'log') return [min / 1.04, max * 1.04];
  const pad = (max - min || Math.abs(max) || 1) * 0.04;
  return [min - pad, max + pad];
}

/** A round step near span/target: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(span: number, target: number): number {
  const raw = span / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return unit * power;
}

/**
 * Round ticks for the y axis and the domain they span. Linear: about `target` steps of a round
 * size, the domain widened to whole steps. Log: 1, 2 and 5 times powers of ten inside the range
 * (every power of ten alone when the range spans more than two of them).
 */
export function yTicks(
  domain: readonly [number, number],
  axis: 'linear' | 'log',
  target = 5,
): { domain: [number, number]; ticks: number[] } {
  const [lo, hi] = domain;
  if (axis === 'linear') {
    const step = niceStep(hi - lo || 1, target);
    const from = Math.floor(lo / step) * step;
    const to = Math.ceil(hi / step) * step;
    const ticks: number[] = [];
    for (let v = from; v <= to + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
    return { domain: [from, to], ticks };
  }
  const mantissas = Math.log10(hi / lo) > 2 ? [1] : [1, 2, 5];
  const ticks: number[] = [];
  for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p++) {
    for (const m of mantissas) {
      const v = Number((m * 10 ** p).toPrecision(12));
      if (v >= lo && v <= hi) ticks.push(v);
    }
  }
  return { domain: [lo, hi], ticks };
}
