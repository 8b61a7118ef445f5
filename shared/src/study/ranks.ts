// Scratch space for ranking, grown on demand; the engine is single-threaded per realm.
let order = new Int32Array(512);
let bucketOf = new Int32Array(512);
let starts = new Int32Array(1025);

/**
 * Writes K/(m+1) - 1/2 for the first m values into `out`, K the rank (1 = smallest; ties share
 * their average rank). Values go into buckets by a monotone map of (v - mean)/sd, then one
 * insertion-sort pass orders the few values sharing a bucket: exact ranks in O(m) expected time.
 */
export function centredRanks(
  values: Float64Array,
  m: number,
  out: Float64Array,
  /** Where most values lie, to spread them over the buckets; computed when absent. */
  hint?: { mean: number; sd: number },
): void {
  if (order.length < m) {
    order = new Int32Array(m);
    bucketOf = new Int32Array(m);
  }
  let buckets = 1;
  while (buckets < m) buckets *= 2;
  if (starts.length < buckets + 1) starts = new Int32Array(buckets + 1);
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
  // Buckets span mean ± 4 sd; values beyond land in the end buckets and are sorted there.
  const scale = sd > 0 ? buckets / (8 * sd) : 0;
  const half = buckets / 2;
  starts.fill(0, 0, buckets + 1);
  for (let k = 0; k < m; k += 1) {
    const x = half + ((values[k] ?? 0) - mean) * scale;
    const b = x <= 0 ? 0 : x >= buckets ? buckets - 1 : x | 0;
    bucketOf[k] = b;
    starts[b + 1] = (starts[b + 1] ?? 0) + 1;
  }
  for (let b = 0; b < buckets; b += 1) starts[b + 1] = (starts[b + 1] ?? 0) + (starts[b] ?? 0);
  for (let k = 0; k < m; k += 1) {
    const b = bucketOf[k] ?? 0;
    const at = starts[b] ?? 0;
    order[at] = k;
    starts[b] = at + 1;
  }
  for (let i = 1; i < m; i += 1) {
    const idx = order[i] ?? 0;
    const v = values[idx] ?? 0;
    let j = i - 1;
    while (j >= 0 && (values[order[j] ?? 0] ?? 0) > v) {
      order[j + 1] = order[j] ?? 0;
      j -= 1;
    }
    order[j + 1] = idx;
  }
  for (let i = 0; i < m; ) {
    const v = values[order[i] ?? 0];
    let j = i + 1;
    while (j < m && values[order[j] ?? 0] === v) j += 1;
    // Positions i..j-1 hold ranks i+1..j: each gets the average, (i + 1 + j) / 2.
    const u = (i + 1 + j) / 2 / (m + 1) - 0.5;
    for (let k = i; k < j; k += 1) out[order[k] ?? 0] = u;
    i = j;
  }
}
