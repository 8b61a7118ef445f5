import { neutraliseFormula } from '@aftershock/shared';
import type ExcelJS from 'exceljs';

/**
 * How a column is stored: `date` a real date cell (yyyy-mm-dd) from a `YYYY-MM-DD` string;
 * `pct` a fraction shown as a percentage (0.0123 -> 1.23%); `num` a plain number; `usd` whole
 * dollars with separators; `int` a count; `text` neutralised against formula injection.
 */
export type ColumnKind = 'text' | 'date' | 'pct' | 'num' | 'usd' | 'int';
export interface SheetColumn {
  header: string;
  kind: ColumnKind;
}
export type SheetCell = string | number | boolean | null | undefined;

const formats: Record<ColumnKind, string | undefined> = {
  text: undefined,
  date: 'yyyy-mm-dd',
  pct: '0.00%',
  num: '0.0000',
  usd: '#,##0',
  int: '0',
};

/** A session date as the Excel date of that day (UTC midnight, which Excel shows as the day). */
function dateCell(v: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : v;
}

function cellValue(kind: ColumnKind, v: SheetCell): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'string') return kind === 'date' ? dateCell(v) : neutraliseFormula(v);
  return Number.isFinite(v) ? v : null;
}

/** A row under the header, frozen with it (a matrix's day-0 dates and categories). */
export interface SubHeader {
  kind: 'text' | 'date';
  cells: readonly SheetCell[];
}

/**
 * A sheet with a bold, frozen header row (and sub-header rows), typed cells and widths fitted
 * to the content (10 to 60 characters).
 */
export function addTypedSheet(
  book: ExcelJS.Workbook,
  name: string,
  columns: readonly SheetColumn[],
  rows: readonly (readonly SheetCell[])[],
  options: { subHeaders?: readonly SubHeader[]; freezeColumns?: number } = {},
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name);
  sheet.addRow(columns.map((c) => neutraliseFormula(c.header))).font = { bold: true };
  const subHeaders = options.subHeaders ?? [];
  for (const sub of subHeaders) {
    const row = sheet.addRow(sub.cells.map((v, j) => cellValue(j === 0 ? 'text' : sub.kind, v)));
    row.font = { bold: true };
    if (sub.kind === 'date') {
      row.eachCell((cell, j) => {
        if (j > 1) cell.numFmt = 'yyyy-mm-dd';
      });
    }
  }
  for (const r of rows) sheet.addRow(r.map((v, j) => cellValue(columns[j]?.kind ?? 'text', v)));
  const top = subHeaders.length + 1;
  sheet.views = [{ state: 'frozen', ySplit: top, xSplit: options.freezeColumns ?? 0 }];
  columns.forEach((c, j) => {
    const col = sheet.getColumn(j + 1);
    const fmt = formats[c.kind];
    if (fmt) {
      col.eachCell((cell, rowNumber) => {
        if (rowNumber > top) cell.numFmt = fmt;
      });
    }
    const longest = Math.max(
      c.header.length,
      ...rows.map((r) => displayLength(c.kind, r[j])),
      ...subHeaders.map((r) => displayLength(r.kind, r.cells[j])),
    );
    col.width = Math.min(60, Math.max(10, longest + 2));
  });
  return sheet;
}

function displayLength(kind: ColumnKind, v: SheetCell): number {
  if (v === null || v === undefined) return 0;
  if (typeof v !== 'number') return String(v).length;
  if (kind === 'usd') return Math.round(v).toLocaleString('en-US').length;
  return kind === 'pct' ? 8 : 10;
}
