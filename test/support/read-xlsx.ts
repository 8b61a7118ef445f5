import * as XLSX from '@e965/xlsx';

/** A cell as a reader other than the writer (SheetJS) sees it: type, value and number format. */
export interface ReadCell {
  /** 'n' number, 's' text, 'd' date, 'b' boolean. */
  t: string;
  v: unknown;
  z?: string;
}

/**
 * Opens an XLSX with SheetJS, not ExcelJS (which writes the exports), so a test checks what a
 * spreadsheet would read: sheets by name, each a grid of cells by row and column from 0.
 */
export function readXlsx(bytes: Uint8Array): Map<string, (ReadCell | undefined)[][]> {
  const book = XLSX.read(bytes, { type: 'array', cellDates: true, cellNF: true });
  const out = new Map<string, (ReadCell | undefined)[][]>();
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name];
    if (!sheet?.['!ref']) continue;
    const range = XLSX.utils.decode_range(sheet['!ref']);
    const grid: (ReadCell | undefined)[][] = [];
    for (let r = range.s.r; r <= range.e.r; r++) {
      const row: (ReadCell | undefined)[] = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        row.push(
          cell ? { t: cell.t, v: cell.v, ...(cell.z ? { z: String(cell.z) } : {}) } : undefined,
        );
      }
      grid.push(row);
    }
    out.set(name, grid);
  }
  return out;
}

/** The frozen panes of a sheet as SheetJS reads them (rows and columns above and left). */
export function frozenPanes(bytes: Uint8Array, name: string): { ySplit: number; xSplit: number } {
  const book = XLSX.read(bytes, { type: 'array' });
  const views = (book.Sheets[name] as { '!views'?: { ySplit?: number; xSplit?: number }[] })?.[
    '!views'
  ];
  return { ySplit: views?.[0]?.ySplit ?? 0, xSplit: views?.[0]?.xSplit ?? 0 };
}
