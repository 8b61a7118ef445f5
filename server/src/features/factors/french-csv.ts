import { sessionDateProblem } from '@aftershock/shared';
import { z } from 'zod';

/** The factor columns this project reads, by the names the library (or a tidy copy) uses. */
const columnNames: Record<string, FactorColumn> = {
  'mkt-rf': 'mktRf',
  mkt_rf: 'mktRf',
  smb: 'smb',
  hml: 'hml',
  rmw: 'rmw',
  cma: 'cma',
  mom: 'mom',
  rf: 'rf',
};
export type FactorColumn = 'mktRf' | 'smb' | 'hml' | 'smb5' | 'hml5' | 'rmw' | 'cma' | 'mom' | 'rf';

/** A file the library serves, refused: the message names the file and the line. */
export class FactorFileError extends Error {
  override readonly name = 'FactorFileError';
}

export interface FactorFile {
  file: string;
  /** "202604": the CRSP database the file was built from, from its header text; null if absent. */
  release: string | null;
  columns: FactorColumn[];
  rows: { date: string; values: Partial<Record<FactorColumn, number | null>> }[];
}

// Daily returns in percent: beyond ±100 a day is not a return but a broken file. The library
// marks a missing value -99.99 or -999.
const percent = z.number().finite().gt(-100).lt(100);
const missing = new Set([-99.99, -999]);
const dateCell = z
  .string()
  .regex(/^(\d{8}|\d{4}-\d{2}-\d{2})$/, 'expected a date as YYYYMMDD')
  .transform((s) => (s.length === 8 ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}` : s))
  .superRefine((s, ctx) => {
    const problem = sessionDateProblem(s);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * Reads one daily file of Kenneth French's data library as served (the CSV inside the zip):
 * header text, a column row starting with `,` (`,Mkt-RF,SMB,HML,RF`), `YYYYMMDD` rows padded
 * with spaces, a copyright line. A tidy copy (`date,mkt_rf,...`, ISO dates) reads the same. The
 * data section ends at the first blank or text line after it (monthly files go on with annual
 * figures; daily files end with the copyright). Every row is validated; the first bad one refuses
 * the file with its line number.
 */
export function parseFrenchCsv(p: { text: string; file: string }): FactorFile {
  const lines = p.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const release = /using the (\d{6}) CRSP database/.exec(p.text)?.[1] ?? null;
  const head = lines.findIndex((l) => /^\s*(date)?\s*,/i.test(l));
  if (head < 0) {
    throw new FactorFileError(`${p.file}: no column row (",Mkt-RF,SMB,HML,RF") found`);
  }
  const names = (lines[head] ?? '')
    .split(',')
    .slice(1)
    .map((c) => c.trim().toLowerCase());
  const columns = names.map((n, i) => {
    const c = columnNames[n];
    if (c === undefined) {
      throw new FactorFileError(`${p.file} line ${head + 1}: unknown column "${n}" (${i + 2})`);
    }
    return c;
  });
  // The 5-factor file's SMB (and HML) come from other sorts than the 3-factor file's: keep both.
  if (columns.includes('rmw') || columns.includes('cma')) {
    columns.forEach((c, i) => {
      if (c === 'smb') columns[i] = 'smb5';
      if (c === 'hml') columns[i] = 'hml5';
    });
  }
  const rows: FactorFile['rows'] = [];
  for (let i = head + 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (!/^\s*\d/.test(line)) {
      if (rows.length > 0) break;
      continue;
    }
    const at = `${p.file} line ${i + 1}`;
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length !== columns.length + 1) {
      throw new FactorFileError(
        `${at}: expected ${columns.length + 1} values, found ${cells.length}`,
      );
    }
    const date = dateCell.safeParse(cells[0]);
    if (!date.success) {
      throw new FactorFileError(`${at}: "${cells[0]}" ${date.error.issues[0]?.message}`);
    }
    const values: FactorFile['rows'][number]['values'] = {};
    columns.forEach((c, j) => {
      const text = cells[j + 1] ?? '';
      const v = percent.safeParse(text === '' ? Number.NaN : Number(text));
      if (v.success) values[c] = missing.has(v.data) ? null : v.data;
      else if (missing.has(Number(text))) values[c] = null;
      else throw new FactorFileError(`${at}: ${c} "${text}" is not a daily return in percent`);
    });
    const previous = rows.at(-1)?.date;
    if (previous !== undefined && date.data <= previous) {
      throw new FactorFileError(`${at}: ${date.data} is not after ${previous}`);
    }
    rows.push({ date: date.data, values });
  }
  if (rows.length === 0) throw new FactorFileError(`${p.file}: no data rows`);
  return { file: p.file, release, columns, rows };
}
