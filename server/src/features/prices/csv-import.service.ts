import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Bar } from '@aftershock/shared';
import type { Kysely } from 'kysely';
import { recordRun } from '../../store/ingest-runs';
import type { Database } from '../../store/schema';
import { CsvImportError, type CsvProblem, parsePriceCsv, tickerForFile } from './csv-price-file';
import { upsertBars } from './prices.repo';

export interface ImportedSeries {
  ticker: string;
  file: string;
  bars: Bar[];
}

/** A file, or every `*.csv` in a folder, in name order. */
export function listCsvFiles(target: string): string[] {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new Error(`No such file or folder: ${target}`);
  if (stat.isFile()) return [target];
  return readdirSync(target)
    .filter((f) => f.toLowerCase().endsWith('.csv'))
    .sort()
    .map((f) => path.join(target, f));
}

/** Reads and validates every file before anything is written; any problem rejects them all. */
export function readPriceFiles(options: {
  files: readonly string[];
  known: ReadonlySet<string>;
  ticker?: string | undefined;
}): ImportedSeries[] {
  const { files, known, ticker } = options;
  if (ticker && files.length !== 1) {
    throw new Error(`--ticker names one series, but ${files.length} files were given`);
  }
  const problems: CsvProblem[] = [];
  const series: ImportedSeries[] = [];
  for (const file of files) {
    try {
      const bars = parsePriceCsv({ text: readFileSync(file, 'utf8'), file: path.basename(file) });
      series.push({ ticker: ticker ?? tickerForFile(path.basename(file), known), file, bars });
    } catch (error) {
      if (!(error instanceof CsvImportError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new CsvImportError(problems);
  return series;
}

/**
 * Writes validated series in one transaction: all of them or none. A ticker the catalogue does
 * not know is added as a user company named after its symbol. An aborted `signal` rolls the
 * transaction back at the next series.
 */
export async function writePriceSeries(
  db: Kysely<Database>,
  options: {
    series: readonly ImportedSeries[];
    source: string;
    onProgress?: (done: number) => void;
    signal?: AbortSignal;
  },
): Promise<number> {
  const { series, source, onProgress, signal } = options;
  return recordRun(db, { kind: 'prices', source }, async () => {
    let rowsWritten = 0;
    let rowsChanged = 0;
    await db.transaction().execute(async (trx) => {
      for (const [i, s] of series.entries()) {
        if (signal) {
          // PGlite answers without I/O, so a signal handler would wait for the whole transaction:
          // yield to the event loop once per series to see a stop request.
          await new Promise((resolve) => setImmediate(resolve));
          signal.throwIfAborted();
        }
        await trx
          .insertInto('companies')
          .values({
            ticker: s.ticker,
            name: s.ticker,
            kind: s.ticker.startsWith('^') ? 'index' : 'stock',
            groups: '[]',
            aliases: '[]',
            origin: 'user',
          })
          .onConflict((oc) => oc.column('ticker').doNothing())
          .execute();
        rowsChanged += await upsertBars(trx, { ticker: s.ticker, bars: s.bars, source });
        rowsWritten += s.bars.length;
        onProgress?.(i + 1);
      }
    });
    return { rowsWritten, rowsChanged, message: `${series.length} series` };
  }).then((r) => r.rowsWritten);
}
