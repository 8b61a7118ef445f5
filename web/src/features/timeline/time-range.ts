/** A window of sessions on the shared axis, as inclusive indexes. */
export interface SessionRange {
  start: number;
  end: number;
}

/** The first index whose date is on or after `date` (binary search over sorted dates). */
export function indexAtOrAfter(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] ?? '') < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The URL's `from`/`to` as indexes; missing bounds mean the whole axis. */
export function rangeFromDates(
  dates: readonly string[],
  from: string | undefined,
  to: string | undefined,
): SessionRange {
  const last = Math.max(0, dates.length - 1);
  const start = from ? Math.min(indexAtOrAfter(dates, from), last) : 0;
  const afterTo = to ? indexAtOrAfter(dates, to) : dates.length;
  const end = to && dates[afterTo] === to ? afterTo : afterTo - 1;
  return { start, end: Math.max(start, Math.min(end, last)) };
}

/** Moves the window by `delta` sessions without leaving the axis or changing its width. */
export function panRange(r: SessionRange, delta: number, count: number): SessionRange {
  const width = r.end - r.start;
  const start = Math.min(Math.max(0, r.start + delta), Math.max(0, count - 1 - width));
  return { start, end: start + width };
}

/** Scales the window around its centre; at least `min` sessions wide, at most the axis. */
export function zoomRange(r: SessionRange, factor: number, count: number, min = 10): SessionRange {
  const centre = (r.start + r.end) / 2;
  const width = Math.min(count - 1, Math.max(min, Math.round((r.end - r.start) * factor)));
  let start = Math.round(centre - width / 2);
  start = Math.min(Math.max(0, start), Math.max(0, count - 1 - width));
  return { start, end: start + width };
}

export type RangePreset = '1M' | '3M' | '6M' | 'YTD' | '1Y' | 'All';
export const rangePresets: readonly RangePreset[] = ['1M', '3M', '6M', 'YTD', '1Y', 'All'];

/** The `from` date of a preset counted back from the last session, or undefined for all. */
export function presetFrom(dates: readonly string[], preset: RangePreset): string | undefined {
  const last = dates.at(-1);
  if (!last || preset === 'All') return undefined;
  if (preset === 'YTD') return `${last.slice(0, 4)}-01-01`;
  const months = { '1M': 1, '3M': 3, '6M': 6, '1Y': 12 }[preset];
  const d = new Date(`${last}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}
