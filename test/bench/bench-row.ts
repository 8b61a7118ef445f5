/** One figure printed by a benchmark, and compared by the bench runner against its target. */
export interface BenchRow {
  group: string;
  name: string;
  value: number;
  unit: string;
  /** A figure to read this one against (e.g. the same work at full size). */
  reference?: { name: string; value: number; unit: string };
  /** What the figure should meet, in words, e.g. "< 250 ms". */
  target?: string;
}
