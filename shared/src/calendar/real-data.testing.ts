/// <reference types="node" />
// Test-only: reads the real recorded data beside the repository. Never imported by library code.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** `<repo>/../shared/data`, the real material tests read when it is present. */
export const sharedDataDir = path.resolve(repoRoot, '../shared/data');

/** Whether the real price files are there. */
export const hasRealPrices = existsSync(path.join(sharedDataDir, 'prices', 'QQQ.csv'));

/** Message for `describe.skipIf(!hasRealPrices)` blocks. */
export const skippedNote = 'skipped: ../shared/data not present';

export interface CsvPriceRow {
  date: string;
  close: number;
  adjClose: number;
}

/** Rows of `prices/<ticker>.csv` (date, open, high, low, close, adj_close, volume). */
export function readPriceCsv(ticker: string): CsvPriceRow[] {
  const text = readFileSync(path.join(sharedDataDir, 'prices', `${ticker}.csv`), 'utf8');
  const [header, ...lines] = text.trim().split(/\r?\n/);
  if (header !== 'date,open,high,low,close,adj_close,volume') {
    throw new Error(`unexpected header in ${ticker}.csv: ${header}`);
  }
  return lines.map((line) => {
    const cells = line.split(',');
    const close = Number(cells[4]);
    const adj = cells[5] === '' || cells[5] === undefined ? close : Number(cells[5]);
    return { date: cells[0] ?? '', close, adjClose: adj };
  });
}
