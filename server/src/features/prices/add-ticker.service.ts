import type { CompanyInfo } from '@aftershock/shared';
import type { AppDeps } from '../../app-deps';
import { recordRun } from '../../store/ingest-runs';
import { listCompanies } from '../companies/companies.repo';
import { DEFAULT_BACKFILL_FROM } from './ingest-window';
import { classifyPriceError } from './price-error-classify';
import { SymbolNotFoundError } from './price-errors';
import { firstStoredDate } from './price-ingest.repo';
import { writeFetched } from './price-ingest.service';
import type { DailyBars } from './price-provider.port';
import { priceSourceErrorStatus } from './price-source-status';
import { priceProviderFor } from './price-update';
import { refreshShareCount } from './share-count-refresh';

/** The store already tracks the ticker. */
export class TickerExistsError extends Error {
  override readonly name = 'TickerExistsError';
  constructor(readonly ticker: string) {
    super(`${ticker} is already tracked; its prices are updated after each close.`);
  }
}

export interface AddedTicker {
  company: CompanyInfo;
  barsWritten: number;
}

/**
 * Adds a ticker and backfills its daily bars from the live provider, from the first session the
 * store holds so that it lines up with the other series. The provider is asked first: an unknown
 * or delisted symbol (`SymbolNotFoundError`) or any other failure throws before anything is
 * written, not even the company row. The company and its bars are written in one transaction.
 * Its share count is fetched afterwards, as a nicety that may fail.
 */
export async function addTicker(
  deps: AppDeps,
  input: { ticker: string; name?: string | undefined; now?: () => number },
): Promise<AddedTicker> {
  const { ticker } = input;
  const db = deps.store.db;
  const provider = priceProviderFor(deps);
  const now = input.now ?? Date.now;
  const exists = await db
    .selectFrom('companies')
    .select('ticker')
    .where('ticker', '=', ticker)
    .executeTakeFirst();
  if (exists) throw new TickerExistsError(ticker);

  const from = (await firstStoredDate(db)) ?? DEFAULT_BACKFILL_FROM;
  let fetched: DailyBars;
  try {
    fetched = await provider.fetchDailyBars({ ticker, from });
    if (fetched.bars.length === 0) {
      throw new SymbolNotFoundError({ ticker, detail: `no daily bars since ${from}` });
    }
  } catch (err) {
    const error = classifyPriceError(err, { ticker });
    deps.log.warn({ ticker, err: error }, 'could not add ticker');
    const status = priceSourceErrorStatus(provider.source, error);
    if (status) deps.sources.report(status);
    throw error;
  }

  const kind =
    ticker.startsWith('^') || fetched.instrumentType === 'INDEX'
      ? 'index'
      : fetched.instrumentType === 'ETF'
        ? 'etf'
        : 'stock';
  const { rowsWritten } = await recordRun(
    db,
    { kind: 'prices', source: provider.source },
    async () => {
      const { written, changed } = await writeFetched(db, {
        ticker,
        fetched,
        source: provider.source,
        beforeWrite: async (trx) => {
          await trx
            .insertInto('companies')
            .values({
              ticker,
              name: input.name ?? fetched.name ?? ticker,
              kind,
              groups: '[]',
              aliases: '[]',
              origin: 'user',
            })
            .execute();
        },
      });
      const first = fetched.bars[0]?.date;
      const last = fetched.bars.at(-1)?.date;
      return {
        rowsWritten: written,
        rowsChanged: changed,
        message: `added ${ticker}: ${written} bars, ${first} to ${last}`,
      };
    },
  );
  deps.market.invalidate();
  deps.log.info({ ticker, bars: rowsWritten }, 'ticker added');
  if (kind !== 'index') {
    await refreshShareCount({ db, provider, log: deps.log, ticker, maxAgeDays: 0, now });
  }
  const company = (await listCompanies(db)).find((c) => c.ticker === ticker);
  if (!company) throw new Error(`${ticker} vanished after it was added`);
  return { company, barsWritten: rowsWritten };
}
