import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CsvImportError, parsePriceCsv } from './csv-price-file';
import { InvalidResponseError, SymbolNotFoundError } from './price-errors';
import {
  type DailyBars,
  type DailyBarsRequest,
  dailyBarsRequestSchema,
  type PriceProvider,
  parsePriceRequest,
} from './price-provider.port';

export interface CsvAdapterOptions {
  /** A folder of `<TICKER>.csv` files in the importer's format; `IXIC.csv` serves `^IXIC`. */
  dir: string;
}

/**
 * Daily bars from a folder of CSV files, behind the same port as Yahoo, so that ingestion can
 * replay a download (or the project's data) exactly as it would fetch live. The files hold US
 * listings in dollars, dated by the exchange; they carry no splits or dividends, because their
 * `close` and `adj_close` columns are already adjusted as of the download.
 */
export function createCsvAdapter(options: CsvAdapterOptions): PriceProvider {
  return {
    source: 'csv',

    async fetchDailyBars(raw: DailyBarsRequest): Promise<DailyBars> {
      const { ticker, from, to, signal } = parsePriceRequest(dailyBarsRequestSchema, raw);
      signal?.throwIfAborted();
      const name = `${ticker.replace(/^\^/, '').toUpperCase()}.csv`;
      const file = path.join(options.dir, name);
      if (!existsSync(file)) {
        throw new SymbolNotFoundError({ ticker, detail: `no file ${name} in ${options.dir}` });
      }
      const text = await readFile(file, { encoding: 'utf8', signal });
      let parsed: ReturnType<typeof parsePriceCsv>;
      try {
        parsed = parsePriceCsv({ text, file: name });
      } catch (error) {
        if (!(error instanceof CsvImportError)) throw error;
        const first = error.problems[0];
        throw new InvalidResponseError({
          ticker,
          field: first ? `${first.file}:${first.line}.${first.field}` : name,
          detail: first?.message ?? 'rejected',
          cause: error,
        });
      }
      const bars = parsed
        .filter((b) => b.date >= from && (to === undefined || b.date <= to))
        .map((b) => ({ ...b, final: true }));
      return {
        ticker,
        currency: 'USD',
        exchangeTimezone: 'America/New_York',
        bars,
        splits: [],
        dividends: [],
      };
    },
  };
}
