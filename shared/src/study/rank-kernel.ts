// The per-study inner loops of the aggregate tests, on scratch arrays that are constants of this
// module. V8 compiles a loop over a typed array it knows at compile time (a constant of the same
// module) to about half the work of the same loop over an array it must load (a parameter, an
// imported binding, an object field), so the passes over one study's ARs live together here.
// The engine is single-threaded per realm; nothing here survives a call but the sums that
// `beginPanel` clears and `endPanel` hands over.

/** Values one study can bring (estimation and event windows together). */
export const studyCapacity = 4096;
/** Offsets one panel can span. */
export const offsetCapacity = 8192;

/** One study's ARs as the last `addStudy` or `rankValues` call left them. */
const values = new Float64Array(studyCapacity);
/** Panel slot of each value. */
const slotOf = new Int32Array(studyCapacity);
const bucketOf = new Int32Array(studyCapacity);
/** Centred rank of each value, as the last `rankInBuckets` left them. */
const rankOf = new Float64Array(studyCapacity);
/** Values per bucket, and the values in lower buckets once `rankInBuckets` has summed them. */
const counts = new Int32Array(2 * studyCapacity);
const starts = new Int32Array(2 * studyCapacity);
/** Each bucket's values as a list: the last one added, then `next` of each (-1 ends it). */
const head = new Int32Array(2 * studyCapacity);
const next = new Int32Array(studyCapacity);
/** (p + 1)/(m + 1) - 1/2 for an untied value at sorted position p, for m = `uTableFor`. */
const uTable = new Float64Array(studyCapacity);
let uTableFor = -1;
const sumByOffset = new Float64Array(offsetCapacity);
const countByOffset = new Int32Array(offsetCapacity);
const rankByOffset = new Float64Array(offsetCapacity);
const zByPlace = new Float64Array(studyCapacity);

/** Past this many values in one bucket (ties, a lumpy distribution) a comparison sort is cheaper. */
const crowded = 32;

/** One study's windows on its aligned series, and where they land in the panel. */
export interface KernelStudy {
  ri: Float64Array;
  /** The benchmark returns; for the raw model, `ri` itself (AR = R - 0 - 0 × R = R). */
  rm: Float64Array;
  alpha: number;
  beta: number;
  estimationStart: number;
  estimationLength: number;
  eventStart: number;
  eventLength: number;
  /** Panel slots of the first estimation day and of the first event-window day. */
  estimationBase: number;
  eventBase: number;
  /** Where most ARs lie, to spread them over the buckets of the counting sort. */
  mean: number;
  sd: number;
  /** When > 0, (AR - mean) × zScale of each estimation day goes to its correlation total. */
  zScale: number;
}

// Where the event-window ARs go, study-major within each day: rows[j × rowWidth + c] is the c-th
// AR of event day j, the cross-sectional sample behind the AAR of that day.
let rows: Float64Array = new Float64Array(0);
let rowCounts: Int32Array = new Int32Array(0);
let rowWidth = 0;

/**
 * Clears the sums of a panel of `length` offsets whose estimation windows have `places` days;
 * event-window ARs will go to `eventRows` (see `rows` above), `eventCounts` counting each day's.
 */
export function beginPanel(p: {
  length: number;
  places: number;
  eventRows: Float64Array;
  eventCounts: Int32Array;
  studies: number;
}): void {
  const { length, places } = p;
  rows = p.eventRows;
  rowCounts = p.eventCounts;
  rowWidth = p.studies;
  sumByOffset.fill(0, 0, length);
  countByOffset.fill(0, 0, length);
  rankByOffset.fill(0, 0, length);
  zByPlace.fill(0, 0, places);
}

/**
 * Adds one study (at most studyCapacity ARs): each AR, R - alpha - beta Rm, to the sum and count
 * of its offset; its centred rank K/(m+1) - 1/2 among the study's m ARs (Corrado and Zivney
 * 1992) to the rank sum; and, when zScale > 0, its standardised residual to the correlation total
 * of its estimation day. Estimation days without an AR (NaN) and event days without a finite AR
 * are left out, as everywhere else. The ARs are gathered, bucketed by a monotone map of
 * (v - mean)/sd on about 2m buckets and counted in one pass; one more pass ranks them.
 * Returns how many estimation ARs are above zero.
 */
export function addStudy(s: KernelStudy): number {
  const { ri, rm, alpha, beta, zScale, mean } = s;
  let buckets = 2;
  while (buckets < 2 * (s.estimationLength + s.eventLength)) buckets *= 2;
  // Buckets span mean ± 3 sd; values beyond land in the end buckets. Each step of the map is
  // monotone under rounding, so v < w never puts w in a lower bucket than v.
  const scale = s.sd > 0 && Number.isFinite(s.sd) ? buckets / (6 * s.sd) : 0;
  const center = Number.isFinite(mean) ? mean : 0;
  const half = buckets / 2;
  const top = buckets - 1;
  let most = 0;
  let m = 0;
  let positive = 0;
  const e0 = s.estimationStart;
  const base0 = s.estimationBase;
  for (let k = 0; k < s.estimationLength; k += 1) {
    const v = (ri[e0 + k] ?? Number.NaN) - alpha - beta * (rm[e0 + k] ?? Number.NaN);
    if (Number.isNaN(v)) continue;
    const slot = base0 + k;
    values[m] = v;
    slotOf[m] = slot;
    sumByOffset[slot] = (sumByOffset[slot] ?? 0) + v;
    countByOffset[slot] = (countByOffset[slot] ?? 0) + 1;
    if (zScale > 0) zByPlace[k] = (zByPlace[k] ?? 0) + (v - mean) * zScale;
    if (v > 0) positive += 1;
    m += 1;
  }
  const v0 = s.eventStart;
  const base1 = s.eventBase;
  for (let j = 0; j < s.eventLength; j += 1) {
    const v = (ri[v0 + j] ?? Number.NaN) - alpha - beta * (rm[v0 + j] ?? Number.NaN);
    if (!Number.isFinite(v)) continue;
    const slot = base1 + j;
    values[m] = v;
    slotOf[m] = slot;
    sumByOffset[slot] = (sumByOffset[slot] ?? 0) + v;
    countByOffset[slot] = (countByOffset[slot] ?? 0) + 1;
    const r = rowCounts[j] ?? 0;
    rows[j * rowWidth + r] = v;
    rowCounts[j] = r + 1;
    m += 1;
  }
  for (let i = 0; i < m; i += 1) {
    const x = half + ((values[i] ?? 0) - center) * scale;
    const b = x > 0 ? (x < top ? x | 0 : top) : 0;
    bucketOf[i] = b;
    const c = (counts[b] ?? 0) + 1;
    counts[b] = c;
    if (c > most) most = c;
    next[i] = c > 1 ? (head[b] ?? -1) : -1;
    head[b] = i;
  }
  rankInBuckets(m, buckets, most);
  for (let i = 0; i < m; i += 1) {
    const slot = slotOf[i] ?? 0;
    rankByOffset[slot] = (rankByOffset[slot] ?? 0) + (rankOf[i] ?? 0);
  }
  return positive;
}

/**
 * Writes K/(m+1) - 1/2 for values[0..m) into rankOf, K the rank (ties share their average), from
 * the buckets `addStudy` filled (monotone in the value), and clears their counts. A value's
 * rank is the count in lower buckets plus its place among the few in its own bucket, found by
 * walking that bucket's list. Crowded buckets (ties, a lumpy distribution) take a sort instead.
 */
function rankInBuckets(m: number, buckets: number, most: number): void {
  if (most > crowded) {
    counts.fill(0, 0, buckets);
    rankByComparison(m);
    return;
  }
  let running = 0;
  for (let b = 0; b < buckets; b += 1) {
    starts[b] = running;
    running += counts[b] ?? 0;
  }
  const denominator = m + 1;
  if (uTableFor !== m) {
    for (let p = 0; p < m; p += 1) uTable[p] = (p + 1 + p + 1) / 2 / denominator - 0.5;
    uTableFor = m;
  }
  for (let i = 0; i < m; i += 1) {
    const b = bucketOf[i] ?? 0;
    let low = starts[b] ?? 0;
    let high = low + 1;
    if ((counts[b] ?? 0) > 1) {
      const v = values[i] ?? 0;
      let less = 0;
      let equal = 0;
      for (let k = head[b] ?? -1; k >= 0; k = next[k] ?? -1) {
        const w = values[k] ?? 0;
        if (w < v) less += 1;
        else if (w === v) equal += 1;
      }
      low += less;
      high = low + equal;
    }
    // Sorted positions low..high-1 hold ranks low+1..high: each gets the average.
    rankOf[i] = high === low + 1 ? (uTable[low] ?? 0) : (low + 1 + high) / 2 / denominator - 0.5;
  }
  counts.fill(0, 0, buckets);
}

function rankByComparison(m: number): void {
  const indices = Array.from({ length: m }, (_, k) => k);
  indices.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  for (let i = 0; i < m; ) {
    const v = values[indices[i] ?? 0];
    let j = i + 1;
    while (j < m && values[indices[j] ?? 0] === v) j += 1;
    const u = (i + 1 + j) / 2 / (m + 1) - 0.5;
    for (let q = i; q < j; q += 1) rankOf[indices[q] ?? 0] = u;
    i = j;
  }
}

/**
 * Writes K/(m+1) - 1/2 for the first m (≤ studyCapacity) of `input` into `out`, K the rank
 * (1 = smallest; ties share their average rank), by the counting sort of `addStudy`.
 */
export function rankValues(
  input: Float64Array,
  m: number,
  out: Float64Array,
  spread: { mean: number; sd: number },
): void {
  let buckets = 2;
  while (buckets < 2 * m) buckets *= 2;
  const scale = spread.sd > 0 && Number.isFinite(spread.sd) ? buckets / (6 * spread.sd) : 0;
  const center = Number.isFinite(spread.mean) ? spread.mean : 0;
  const half = buckets / 2;
  const top = buckets - 1;
  let most = 0;
  for (let k = 0; k < m; k += 1) {
    const v = input[k] ?? 0;
    values[k] = v;
    const x = half + (v - center) * scale;
    const b = x > 0 ? (x < top ? x | 0 : top) : 0;
    bucketOf[k] = b;
    const c = (counts[b] ?? 0) + 1;
    counts[b] = c;
    if (c > most) most = c;
    next[k] = c > 1 ? (head[b] ?? -1) : -1;
    head[b] = k;
  }
  rankInBuckets(m, buckets, most);
  for (let k = 0; k < m; k += 1) out[k] = rankOf[k] ?? 0;
}

/** Adds the sums to the panel's arrays, and to the correlation totals when asked. */
export function endPanel(p: {
  arSum: Float64Array;
  arCount: Int32Array;
  rankSum: Float64Array;
  totals: Float64Array | undefined;
}): void {
  const { arSum, arCount, rankSum, totals } = p;
  for (let k = 0; k < arSum.length; k += 1) {
    arSum[k] = (arSum[k] ?? 0) + (sumByOffset[k] ?? 0);
    arCount[k] = (arCount[k] ?? 0) + (countByOffset[k] ?? 0);
    rankSum[k] = (rankSum[k] ?? 0) + (rankByOffset[k] ?? 0);
  }
  if (totals === undefined) return;
  for (let k = 0; k < totals.length; k += 1) totals[k] = (totals[k] ?? 0) + (zByPlace[k] ?? 0);
}
