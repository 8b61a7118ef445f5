/**
 * Benjamini-Hochberg q-values (Benjamini and Hochberg 1995): with the m p-values in ascending
 * order, q_(i) = min over j >= i of (m p_(j) / j), capped at 1. A cell with q < 0.05 is a
 * discovery at a 5% false discovery rate across the whole grid. Nulls stay null and do not
 * count in m. Returns the q-values in the order of the input.
 */
export function bhQValues(pValues: readonly (number | null)[]): (number | null)[] {
  const order = pValues
    .map((p, i) => ({ p, i }))
    .filter((x): x is { p: number; i: number } => x.p !== null && Number.isFinite(x.p))
    .sort((a, b) => a.p - b.p);
  const m = order.length;
  const q: (number | null)[] = pValues.map(() => null);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const x = order[k];
    if (!x) continue;
    running = Math.min(running, (m * x.p) / (k + 1));
    q[x.i] = running;
  }
  return q;
}
