/** Title tokens for comparison: case, accents, apostrophes and punctuation removed. */
export function titleTokens(title: string): string[] {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
}

/** Jaccard similarity |A ∩ B| / |A ∪ B| of two token sets (Jaccard 1901); 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Pairs of titles whose token sets have Jaccard >= threshold, found with prefix filtering
 * (Chaudhuri, Ganti and Kaushik, "A Primitive Operator for Similarity Joins", ICDE 2006): with
 * tokens sorted rarest first, two sets that reach the threshold share a token among the first
 * |A| - ceil(threshold |A|) + 1 of each, so only those need indexing.
 */
export function similarTitlePairs(
  tokenSets: readonly ReadonlySet<string>[],
  threshold: number,
): [number, number][] {
  const frequency = new Map<string, number>();
  for (const set of tokenSets) for (const t of set) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const index = new Map<string, number[]>();
  const pairs: [number, number][] = [];
  tokenSets.forEach((set, i) => {
    if (set.size === 0) return;
    const ordered = [...set].sort(
      (x, y) => (frequency.get(x) ?? 0) - (frequency.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0),
    );
    const prefix = ordered.slice(0, set.size - Math.ceil(threshold * set.size) + 1);
    const candidates = new Set<number>();
    for (const t of prefix) for (const j of index.get(t) ?? []) candidates.add(j);
    for (const j of candidates) {
      const other = tokenSets[j];
      if (other && jaccard(set, other) >= threshold) pairs.push([j, i]);
    }
    for (const t of prefix) {
      const list = index.get(t);
      if (list) list.push(i);
      else index.set(t, [i]);
    }
  });
  return pairs;
}
