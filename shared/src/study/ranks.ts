// Scratch space for ranking; the engine is single-threaded per realm. The arrays are constants
// of the module so the compiler can fold them into the loops (twice as fast as arrays it must
// load); longer series take the comparison sort.
const capacity = 4096;
const bucketOf = new Int32Array(capacity);
const order = new Int32Array(capacity);
const sorted = new Float64Array(capacity);
const starts = new Int32Array(2 * capacity);
const counts = new Int32Array(2 * capacity);

/** Past this many values in one bucket (ties, a lumpy distribution) a comparison sort is cheaper. */
const crowded = 32;

/**
 * Writes K/(m+1) - 1/2 for the first m values into `out`, K the rank (1 = smallest; ties share
 * their average rank). A counting sort on about 2m buckets, by a monotone map of (v - mean)/sd,
 * puts the values in bucket order; one insertion pass orders the few sharing a bucket; a scan
 * of the sorted values gives the ranks. Exact ranks in O(m) expected time.
 */
export function centredRanks(
  values: Float64Array,
  m: number,
  out: Float64Array,
  /** Where most values lie, to spread them over the buckets; computed when absent. */
  hint?: { mean: number; sd: number },
): void {
  if (m > capacity) {
    sortedRanks(values, m, out);
    return;
  }
  let buckets = 2;
  while (buckets < 2 * m) buckets *= 2;
  let mean = hint?.mean ?? Number.NaN;
  let sd = hint?.sd ?? Number.NaN;
  if (!Number.isFinite(mean) || !Number.isFinite(sd)) {
    mean = 0;
    for (let k = 0; k < m; k += 1) mean += values[k] ?? 0;
    mean /= m;
    let ss = 0;
    for (let k = 0; k < m; k += 1) ss += ((values[k] ?? 0) - mean) * ((values[k] ?? 0) - mean);
    sd = Math.sqrt(ss / m);
  }
  // Buckets span mean ± 3 sd; values beyond land in the end buckets. Each step of the map is
  // monotone under rounding, so v < w never puts w in a lower bucket than v.
  const scale = sd > 0 ? buckets / (6 * sd) : 0;
  const half = buckets / 2;
  const top = buckets - 1;
  let most = 0;
  for (let k = 0; k < m; k += 1) {
    const x = half + ((values[k] ?? 0) - mean) * scale;
    const b = x > 0 ? (x < top ? x | 0 : top) : 0;
    bucketOf[k] = b;
    const c = (counts[b] ?? 0) + 1;
    counts[b] = c;
    if (c > most) most = c;
  }
  let running = 0;
  for (let b = 0; b < buckets; b += 1) {
    starts[b] = running;
    running += counts[b] ?? 0;
    counts[b] = 0;
  }
  for (let k = 0; k < m; k += 1) {
    const b = bucketOf[k] ?? 0;
    const at = starts[b] ?? 0;
    starts[b] = at + 1;
    sorted[at] = values[k] ?? 0;
    order[at] = k;
  }
  if (most > crowded) {
    // Insertion would move values across whole crowded buckets: sort by comparisons instead.
    sortedRanks(values, m, out);
    return;
  }
  const ties = insertionSort(m);
  const denominator = m + 1;
  if (!ties) {
    for (let i = 0; i < m; i += 1) out[order[i] ?? 0] = (i + 1 + i + 1) / 2 / denominator - 0.5;
    return;
  }
  for (let i = 0; i < m; ) {
    const v = sorted[i];
    let j = i + 1;
    while (j < m && sorted[j] === v) j += 1;
    // Positions i..j-1 hold ranks i+1..j: each gets the average, (i + 1 + j) / 2.
    const u = (i + 1 + j) / 2 / denominator - 0.5;
    for (let k = i; k < j; k += 1) out[order[k] ?? 0] = u;
    i = j;
  }
}

/** Sorts `sorted[0..m)` (carrying `order`) in place; true when two values are equal. */
function insertionSort(m: number): boolean {
  let ties = false;
  for (let i = 1; i < m; i += 1) {
    const v = sorted[i] ?? 0;
    const before = sorted[i - 1] ?? 0;
    if (before < v) continue;
    if (before === v) {
      ties = true;
      continue;
    }
    const idx = order[i] ?? 0;
    let j = i - 1;
    do {
      sorted[j + 1] = sorted[j] ?? 0;
      order[j + 1] = order[j] ?? 0;
      j -= 1;
    } while (j >= 0 && (sorted[j] ?? 0) > v);
    if (j >= 0 && sorted[j] === v) ties = true;
    sorted[j + 1] = v;
    order[j + 1] = idx;
  }
  return ties;
}

/** The same ranks by a comparison sort, for long series and crowded buckets. */
function sortedRanks(values: Float64Array, m: number, out: Float64Array): void {
  const idx = new Int32Array(m);
  for (let k = 0; k < m; k += 1) idx[k] = k;
  idx.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  for (let i = 0; i < m; ) {
    const v = values[idx[i] ?? 0];
    let j = i + 1;
    while (j < m && values[idx[j] ?? 0] === v) j += 1;
    const u = (i + 1 + j) / 2 / (m + 1) - 0.5;
    for (let k = i; k < j; k += 1) out[idx[k] ?? 0] = u;
    i = j;
  }
}
