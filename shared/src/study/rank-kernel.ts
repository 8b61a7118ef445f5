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
const order = new Int32Array(studyCapacity);
const sorted = new Float64Array(studyCapacity);
const starts = new Int32Array(2 * studyCapacity);
const counts = new Int32Array(2 * studyCapacity);
const sumByOffset = new Float64Array(offsetCapacity);
const countByOffset = new Int32Array(offsetCapacity);
const rankByOffset = new Float64Array(offsetCapacity);
const zByPlace = new Float64Array(studyCapacity);
/** (p + 1)/(m + 1) - 1/2, the centred rank of an untied value at sorted place p, for m = uFor. */
const uTable = new Float64Array(studyCapacity);
let uFor = -1;

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
 * are left out, as everywhere else. The ARs are gathered, bucketed and counted in one pass; a
 * counting sort on about 2m buckets and one insertion pass order them; one scan ranks them.
 * Returns how many estimation ARs are above zero.
 */
export function addStudy(s: KernelStudy): number {
  const { ri, rm, alpha, beta, zScale, mean } = s;
  let buckets = 2;
  while (buckets < 2 * (s.estimationLength + s.eventLength)) buckets *= 2;
  // Buckets span mean ± 3 sd; values beyond land in the end buckets. Each step of the map is
  // monotone under rounding, so v < w never puts w in a lower bucket than v. Math.min and
  // Math.max compile to branch-free clamps, which the bucketing loops run at about twice the
  // speed of comparisons.
  const scale = s.sd > 0 && Number.isFinite(s.sd) ? buckets / (6 * s.sd) : 0;
  const center = Number.isFinite(mean) ? mean : 0;
  // Bucket of v: floor(buckets/2 + (v - center) × scale), clamped to the end buckets.
  const offset = buckets / 2 - center * scale;
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
    // Half the ARs are positive, at random: a branch here would mispredict half the time.
    positive += Number(v > 0);
    const b = Math.min(Math.max(offset + v * scale, 0), top) | 0;
    bucketOf[m] = b;
    const c = (counts[b] ?? 0) + 1;
    counts[b] = c;
    if (c > most) most = c;
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
    const b = Math.min(Math.max(offset + v * scale, 0), top) | 0;
    bucketOf[m] = b;
    const c = (counts[b] ?? 0) + 1;
    counts[b] = c;
    if (c > most) most = c;
    m += 1;
  }
  const ties = sortBuckets(m, buckets, most);
  const denominator = m + 1;
  if (!ties) {
    untiedRanks(m);
    for (let q = 0; q < m; q += 1) {
      const slot = slotOf[order[q] ?? 0] ?? 0;
      rankByOffset[slot] = (rankByOffset[slot] ?? 0) + (uTable[q] ?? 0);
    }
    return positive;
  }
  for (let i = 0; i < m; ) {
    let j = i + 1;
    while (j < m && sorted[j] === sorted[i]) j += 1;
    // Positions i..j-1 hold ranks i+1..j: each gets the average, (i + 1 + j) / 2.
    const u = (i + 1 + j) / 2 / denominator - 0.5;
    for (let q = i; q < j; q += 1) {
      const slot = slotOf[order[q] ?? 0] ?? 0;
      rankByOffset[slot] = (rankByOffset[slot] ?? 0) + u;
    }
    i = j;
  }
  return positive;
}

/** Fills uTable for m values (most studies share m, so this mostly returns at once). */
function untiedRanks(m: number): void {
  if (uFor === m) return;
  // The same expression as for a run of ties of length one, so the ranks match to the bit.
  for (let p = 0; p < m; p += 1) uTable[p] = (p + 1 + p + 1) / 2 / (m + 1) - 0.5;
  uFor = m;
}

/**
 * Orders values[0..m), bucketed in bucketOf with their counts in `counts`, into `sorted` with
 * each value's index in `order`, and clears the counts; true when two values are equal.
 */
function sortBuckets(m: number, buckets: number, most: number): boolean {
  let running = 0;
  for (let b = 0; b < buckets; b += 1) {
    starts[b] = running;
    running += counts[b] ?? 0;
  }
  counts.fill(0, 0, buckets);
  if (most > crowded) return comparisonSort(m);
  for (let k = 0; k < m; k += 1) {
    const b = bucketOf[k] ?? 0;
    const at = starts[b] ?? 0;
    starts[b] = at + 1;
    sorted[at] = values[k] ?? 0;
    order[at] = k;
  }
  // Insertion moves a value only within its bucket's run, at most `crowded` places.
  let ties = false;
  for (let i = 1; i < m; i += 1) {
    const v = sorted[i] ?? 0;
    const before = sorted[i - 1] ?? 0;
    if (before < v) continue;
    if (before === v) {
      ties = true;
      continue;
    }
    const k = order[i] ?? 0;
    let j = i - 1;
    do {
      sorted[j + 1] = sorted[j] ?? 0;
      order[j + 1] = order[j] ?? 0;
      j -= 1;
    } while (j >= 0 && (sorted[j] ?? 0) > v);
    if (j >= 0 && sorted[j] === v) ties = true;
    sorted[j + 1] = v;
    order[j + 1] = k;
  }
  return ties;
}

function comparisonSort(m: number): boolean {
  const indices = Array.from({ length: m }, (_, k) => k);
  indices.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  let ties = false;
  for (let i = 0; i < m; i += 1) {
    const k = indices[i] ?? 0;
    order[i] = k;
    sorted[i] = values[k] ?? 0;
    if (i > 0 && sorted[i] === sorted[i - 1]) ties = true;
  }
  return ties;
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
  // Bucket of v: floor(buckets/2 + (v - center) × scale), clamped to the end buckets.
  const offset = buckets / 2 - center * scale;
  const top = buckets - 1;
  let most = 0;
  for (let k = 0; k < m; k += 1) {
    const v = input[k] ?? 0;
    values[k] = v;
    const b = Math.min(Math.max(offset + v * scale, 0), top) | 0;
    bucketOf[k] = b;
    const c = (counts[b] ?? 0) + 1;
    counts[b] = c;
    if (c > most) most = c;
  }
  const ties = sortBuckets(m, buckets, most);
  const denominator = m + 1;
  if (!ties) {
    untiedRanks(m);
    for (let q = 0; q < m; q += 1) out[order[q] ?? 0] = uTable[q] ?? 0;
    return;
  }
  for (let i = 0; i < m; ) {
    let j = i + 1;
    while (j < m && sorted[j] === sorted[i]) j += 1;
    const u = (i + 1 + j) / 2 / denominator - 0.5;
    for (let q = i; q < j; q += 1) out[order[q] ?? 0] = u;
    i = j;
  }
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
