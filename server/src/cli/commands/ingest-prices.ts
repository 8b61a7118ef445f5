import { parseArgs } from 'node:util';
import { sessionDate, tickerSchema } from '@aftershock/shared';
import pino from 'pino';
import { boot } from '../../boot';
import { loadEnv } from '../../env';
import { partitionKnown } from '../../features/companies/companies.repo';
import { REVISION_SESSIONS } from '../../features/prices/ingest-window';
import { stopMessage, summarise } from '../../features/prices/price-ingest.report';
import { updatePrices } from '../../features/prices/price-update';
import { withUsage } from '../args';
import { CliError, usageError } from '../cli-error';
import { progressBar } from '../progress';

export const help = `Usage: pnpm aftershock ingest prices [--tickers A,B] [--from YYYY-MM-DD]

Updates the stored daily bars from Yahoo Finance, one ticker after the other.
  --tickers A,B   only these tickers (default: every stored company); add a new one first with
                  pnpm aftershock tickers add T
  --from DATE     also fetch from DATE (to backfill further back). By default each ticker fetches
                  its last ${REVISION_SESSIONS} stored sessions again, since Yahoo revises recent days, and
                  everything after them; a ticker with no bars starts where the store starts.

A split or dividend in Yahoo's answer rescales that ticker's stored history in the same
transaction. A ticker that fails keeps its stored bars; the others go on. If Yahoo Finance cannot
be reached or keeps refusing (rate limit), the run stops, says so, and exits with status 1.`;

function parse(argv: string[]) {
  const { values, positionals } = withUsage(
    () =>
      parseArgs({
        args: argv,
        options: {
          tickers: { type: 'string' },
          from: { type: 'string' },
          help: { type: 'boolean' },
        },
        allowPositionals: true,
      }),
    help,
  );
  // The dispatcher may pass its own word along: `ingest prices ...`.
  const rest = positionals[0] === 'prices' ? positionals.slice(1) : positionals;
  if (rest.length > 0) throw usageError(`ingest prices: unexpected "${rest.join(' ')}"`, help);
  const tickers = values.tickers?.split(',').map((raw) => {
    const parsed = tickerSchema.safeParse(raw);
    if (!parsed.success) throw usageError(`--tickers: "${raw}" is not a ticker`, help);
    return parsed.data;
  });
  if (values.from !== undefined && !sessionDate.safeParse(values.from).success) {
    throw usageError(`--from: "${values.from}" is not a date as YYYY-MM-DD`, help);
  }
  return { help: values.help === true, tickers, from: values.from };
}

export async function ingestPrices(argv: string[]): Promise<void> {
  const options = parse(argv);
  if (options.help) return void console.log(help);
  const env = loadEnv();
  // The progress bar and the summary speak to the user; the log only adds what went wrong.
  const log = pino({ level: env.LOG_LEVEL === 'debug' ? 'debug' : 'error' }, pino.destination(2));
  const deps = await boot({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL, log });
  try {
    if (options.tickers) {
      const { unknown } = await partitionKnown(deps.store.db, options.tickers);
      if (unknown.length > 0) {
        throw new CliError(
          `Not tracked: ${unknown.join(', ')}. Add a ticker first: pnpm aftershock tickers add ${unknown[0]}`,
        );
      }
    }
    const total =
      options.tickers?.length ??
      (await deps.store.db.selectFrom('companies').select('ticker').execute()).length;
    const bar = progressBar('prices', total);
    const report = await updatePrices(deps, {
      tickers: options.tickers,
      from: options.from,
      onProgress: ({ done, ticker }) => bar.tick(done, ticker),
    });
    for (const o of report.outcomes) {
      if (o.status === 'updated') console.log(`${o.ticker}: ${o.barsWritten} bars from ${o.from}`);
      if (o.status === 'failed') console.log(`${o.ticker}: failed: ${o.error?.message}`);
      for (const a of o.adjustments)
        console.log(`${o.ticker}: rescaled the history before ${a.before} (${a.reason})`);
    }
    const stop = stopMessage(report);
    if (stop) {
      const kept =
        report.rowsWritten > 0
          ? 'Bars stored before it are kept.'
          : 'Nothing was stored; the stored data is unchanged.';
      throw new CliError(`${stop}\n${kept} Try again later.`);
    }
    const failed = report.outcomes.filter((o) => o.status === 'failed');
    if (failed.length > 0) throw new CliError(summarise(report));
    console.log(summarise(report));
  } finally {
    await deps.store.close();
  }
}
