import { type CsvCell, neutraliseFormula, toCsv, type WindowResult } from '@aftershock/shared';

type StudyTest = WindowResult['aggregate']['tests'][number];

/** The columns of one aggregate test, in every export that lists tests. */
export const testHeaders = [
  'test',
  'statistic',
  'p_value',
  'n',
  'distribution',
  'clustering_robust',
  'note',
] as const;

export const testFields = (t: StudyTest): CsvCell[] => [
  t.name,
  t.statistic,
  t.pValue,
  t.n,
  t.distribution,
  t.clusteringRobust ? 'yes' : 'no',
  t.note ?? null,
];

/** A comment's text: one line, and no comma-separated part that Excel would run as a formula. */
const commentText = (v: string | number) =>
  String(v)
    .replace(/[\r\n]+/g, ' ')
    .split(',')
    .map((part, i) => (i === 0 ? part : neutraliseFormula(part)))
    .join(',');

const pValue = /(^|_)(p|q)(_|$)|p_value|q_bh/;
const whole = /^(offset|n|n_a|n_b|sessions|estimation_days|excluded|from|to|sessions_available)$/;
const fourDecimals = /close|rebased|(^|_)t$|statistic|alpha|beta|r2|^b_|^df$|correlation|factor/;

/**
 * A number rounded to what the data supports: returns, AR, CAR and other fractions to 6
 * decimals (0.0001%), prices and statistics to 4, p- and q-values to 4 significant digits,
 * dollars to the dollar. Float noise (100.00000000000001) never reaches the file.
 */
export function roundFor(header: string, v: CsvCell): CsvCell {
  if (typeof v !== 'number' || !Number.isFinite(v)) return v;
  if (pValue.test(header)) return Number(v.toPrecision(4));
  if (header.includes('usd')) return Math.round(v);
  if (whole.test(header)) return v;
  return Number(v.toFixed(fourDecimals.test(header) ? 4 : 6));
}

/**
 * CSV that any reader takes as it is: the header on the first line (after Excel's UTF-8 BOM),
 * one record per line, then the provenance as `#` comment lines at the end, which
 * `pandas.read_csv(path, comment='#')` skips and Excel shows under the table.
 */
export function csvWithProvenance(p: {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
  provenance: readonly (readonly [string, string | number])[];
}): string {
  const rows = p.rows.map((r) => r.map((v, j) => roundFor(p.header[j] ?? '', v)));
  const table = toCsv([p.header, ...rows], { bom: true });
  const comments = [
    "# Provenance (pandas: read_csv(path, comment='#'); Excel lists these lines under the table)",
    ...p.provenance.map(([k, v]) => `# ${commentText(k)}: ${commentText(v)}`),
  ];
  return `${table}${comments.join('\r\n')}\r\n`;
}
