export interface PrecisionRecall {
  precision: number;
  recall: number;
  truePositives: number;
  predicted: number;
  actual: number;
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Precision and recall over (item, label) pairs, micro-averaged. */
export function setMetrics(
  rows: readonly { expected: string[]; actual: string[] }[],
): PrecisionRecall {
  let tp = 0;
  let predicted = 0;
  let actual = 0;
  for (const r of rows) {
    const expected = new Set(r.expected);
    tp += r.actual.filter((t) => expected.has(t)).length;
    predicted += r.actual.length;
    actual += expected.size;
  }
  return {
    precision: ratio(tp, predicted),
    recall: ratio(tp, actual),
    truePositives: tp,
    predicted,
    actual,
  };
}
