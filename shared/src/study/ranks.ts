import { rankValues, studyCapacity } from './rank-kernel';

/**
 * Writes K/(m+1) - 1/2 for the first m values into `out`, K the rank (1 = smallest; ties share
 * their average rank). A counting sort on about 2m buckets, by a monotone map of (v - mean)/sd,
 * puts the values in bucket order; one insertion pass orders the few sharing a bucket; a scan
 * of the sorted values gives the ranks (see rankValues). Exact ranks in O(m) expected time;
 * series longer than the kernel's space take a comparison sort.
 */
export function centredRanks(
  values: Float64Array,
  m: number,
  out: Float64Array,
  /** Where most values lie, to spread them over the buckets; computed when absent. */
  hint?: { mean: number; sd: number },
): void {
  if (m > studyCapacity) {
    sortedRanks(values, m, out);
    return;
  }
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
  rankValues(values, m, out, { mean, sd });
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
