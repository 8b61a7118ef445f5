import { parseArgs } from 'node:util';
import { tickerSchema } from '@aftershock/shared';
import pino from 'pino';
import { boot } from '../../boot';
import { loadEnv } from '../../env';
import { addCompanyError } from '../../features/companies/add-company.errors';
import { addTicker } from '../../features/prices/add-ticker.service';
import { priceProviderFor } from '../../features/prices/price-update';
import { ApiError } from '../../http/api-error';
import { withUsage } from '../args';
import { CliError, usageError } from '../cli-error';

export const help = `Usage: pnpm aftershock tickers add <TICKER> [--name "Company name"]

Tracks a new ticker: asks Yahoo Finance for its daily bars, from the first session the store holds
(or the ticker's first trading day), and stores the company and its bars together. An unknown or
delisted symbol stores nothing and exits with status 1. From then on the ticker is updated with
the others (pnpm aftershock ingest prices, and by the server after each close).`;

export async function tickers(argv: string[]): Promise<void> {
  const { values, positionals } = withUsage(
    () =>
      parseArgs({
        args: argv,
        options: { name: { type: 'string' }, help: { type: 'boolean' } },
        allowPositionals: true,
      }),
    help,
  );
  if (values.help) return void console.log(help);
  const [action, raw, ...extra] = positionals;
  if (action !== 'add') throw usageError('tickers: expected "add"', help);
  if (!raw || extra.length > 0) throw usageError('tickers add: expected one ticker', help);
  const parsed = tickerSchema.safeParse(raw);
  if (!parsed.success) throw usageError(`tickers add: "${raw}" is not a ticker`, help);
  const ticker = parsed.data;

  const env = loadEnv();
  const log = pino({ level: env.LOG_LEVEL === 'debug' ? 'debug' : 'error' }, pino.destination(2));
  const deps = await boot({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL, log });
  try {
    const { company, barsWritten } = await addTicker(deps, { ticker, name: values.name });
    console.log(
      `Added ${company.ticker} (${company.name}): ${barsWritten} daily bars from ${company.firstDate} to ${company.lastDate}.`,
    );
  } catch (error) {
    const answer = addCompanyError(error, priceProviderFor(deps).source);
    if (answer instanceof ApiError) throw new CliError(answer.message);
    throw error;
  } finally {
    await deps.store.close();
  }
}
