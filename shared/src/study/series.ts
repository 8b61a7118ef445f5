import type { PricePoint } from '../domain/index';
import { StudyError } from './study-error';

/**
 * A price series prepared once for many studies: session dates, adjusted closes and the simple
 * return into each session from the one before, in typed arrays.
 */
export interface ReturnSeries {
  readonly dates: readonly string[];
  readonly closes: Float64Array;
  /** returns[i] = closes[i] / closes[i-1] - 1; NaN at 0 and wherever a close is missing. */
  readonly returns: Float64Array;
  /** Position of each date in `dates`. */
  readonly indexOf: ReadonlyMap<string, number>;
}

/**
 * Prepares adjusted closes for the engine: sorts by date, rejects duplicate dates and
 * non-positive prices, and computes simple returns R_t = P_t / P_{t-1} - 1.
 */
export function prepareSeries(points: readonly PricePoint[]): ReturnSeries {
  const sorted = isSorted(points) ? points : [...points].sort((a, b) => cmp(a.date, b.date));
  const dates = sorted.map((p) => p.date);
  const closes = new Float64Array(sorted.length);
  for (let i = 0; i < sorted.length; i += 1) {
    const p = sorted[i];
    if (p === undefined) continue;
    if (!(p.adjClose > 0) || !Number.isFinite(p.adjClose)) {
      throw new StudyError('bad-series', `price on ${p.date} is not a positive number`);
    }
    if (i > 0 && dates[i - 1] === p.date) {
      throw new StudyError('bad-series', `two prices on ${p.date}`);
    }
    closes[i] = p.adjClose;
  }
  return seriesFromCloses(dates, closes);
}

/** A series from dates (ascending) and closes; a NaN close marks a day without a price. */
export function seriesFromCloses(dates: readonly string[], closes: Float64Array): ReturnSeries {
  const returns = new Float64Array(closes.length);
  returns[0] = Number.NaN;
  for (let i = 1; i < closes.length; i += 1) {
    returns[i] = (closes[i] ?? Number.NaN) / (closes[i - 1] ?? Number.NaN) - 1;
  }
  const indexOf = new Map<string, number>();
  for (let i = 0; i < dates.length; i += 1) indexOf.set(dates[i] ?? '', i);
  return { dates, closes, returns, indexOf };
}

function isSorted(points: readonly PricePoint[]): boolean {
  for (let i = 1; i < points.length; i += 1) {
    if (cmp(points[i - 1]?.date ?? '', points[i]?.date ?? '') > 0) return false;
  }
  return true;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
