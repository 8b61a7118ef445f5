import { parseArgs } from 'node:util';
import { loadEnv } from '../../env';
import {
  listCsvFiles,
  readPriceFiles,
  writePriceSeries,
} from '../../features/prices/csv-import.service';
import { CsvImportError } from '../../features/prices/csv-price-file';
import { openStore } from '../../store/open-store';
import { withUsage } from '../args';
import { CliError, usageError } from '../cli-error';
import { onStopSignal } from '../interrupt';
import { progressBar } from '../progress';

export const help = `Usage: pnpm aftershock import prices --csv <file-or-folder> [--ticker T]

Imports daily bars from CSV files with the header date,open,high,low,close,adj_close,volume
(the format of Yahoo's downloads). A file name gives the ticker (NVDA.csv -> NVDA; IXIC.csv ->
^IXIC when the catalogue knows that index); --ticker overrides it for a single file. Every row is
checked (date, positive prices, high >= low, no repeated dates) before anything is written, and
the files are written in one transaction: all of them or none.`;

export async function importPrices(argv: string[]): Promise<void> {
  const { values, positionals } = withUsage(
    () =>
      parseArgs({
        args: argv,
        options: { csv: { type: 'string' }, ticker: { type: 'string' }, help: { type: 'boolean' } },
        allowPositionals: true,
      }),
    help,
  );
  if (values.help) return void console.log(help);
  if (positionals[0] !== 'prices') throw usageError('import: expected "prices"', help);
  if (!values.csv) throw usageError('import prices: --csv is required', help);
  const env = loadEnv();
  const store = await openStore({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL });
  const stop = onStopSignal();
  try {
    const known = new Set(
      (await store.db.selectFrom('companies').select('ticker').execute()).map((r) => r.ticker),
    );
    const files = listCsvFiles(values.csv);
    if (files.length === 0) throw new CliError(`No .csv files in ${values.csv}`);
    const series = readPriceFiles({ files, known, ticker: values.ticker?.toUpperCase() });
    const bar = progressBar('import', series.length);
    const rows = await writePriceSeries(store.db, {
      series,
      source: 'csv',
      signal: stop.signal,
      onProgress: (done) => bar.tick(done, series[done - 1]?.ticker ?? ''),
    });
    console.log(
      `Imported ${rows} bars for ${series.map((s) => s.ticker).join(', ')} into ${store.kind}.`,
    );
  } catch (error) {
    if (error instanceof CsvImportError) throw new CliError(error.message);
    if (error instanceof Error && /No such file/.test(error.message))
      throw new CliError(error.message);
    throw stop.stopped('the import was rolled back, nothing of it is stored.') ?? error;
  } finally {
    stop.dispose();
    await store.close();
  }
}
