import { CliError } from './cli-error';
import * as feedsCommand from './commands/feeds';
import { importFactors } from './commands/import-factors';
import * as importPrices from './commands/import-prices';
import * as ingest from './commands/ingest';
import * as snapshotBuild from './commands/snapshot-build';
import { snapshotFactors } from './commands/snapshot-factors';
import * as tickers from './commands/tickers';

const help = `Usage: pnpm aftershock <command> [options]

Commands:
  import prices --csv <file-or-folder> [--ticker T]   import daily bars from CSV
  import factors <dir> [--release YYYYMM]              import daily Fama-French factors (French library files)
  ingest prices [--tickers A,B] [--from DATE]          update daily bars from Yahoo Finance
  ingest news [--due]                                  poll the news feeds once, detect events
  ingest replay <dir>                                  replay a feed archive in time order
  feeds list|add|remove|enable|disable                 manage the news feeds
  tickers add <TICKER> [--name N]                      track a ticker and backfill its bars
  snapshot build [--from <folder>]                     rebuild the embedded price snapshot
  snapshot factors [--from <folder>]                   rebuild the embedded factor snapshot
  serve                                                start the server (as pnpm start, without the web build)

Run a command with --help for its options. Configuration comes from the environment
(PORT, HOST, DATA_DIR, DATABASE_URL, ...; see the README).`;

const commands: Record<string, (argv: string[]) => Promise<void>> = {
  import: (argv) => (argv[0] === 'factors' ? importFactors(argv) : importPrices.importPrices(argv)),
  ingest: ingest.ingest,
  feeds: feedsCommand.feeds,
  tickers: tickers.tickers,
  snapshot: (argv) =>
    argv[0] === 'factors' ? snapshotFactors(argv) : snapshotBuild.snapshotBuild(argv),
  serve: async () => {
    await import('../main');
  },
};

async function run(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') return void console.log(help);
  const command = commands[name];
  if (!command) throw new CliError(`Unknown command "${name}".\n\n${help}`, 2);
  await command(rest);
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError) {
    console.error(error.message);
    process.exit(error.exitCode);
  }
  console.error(error instanceof Error ? `Failed: ${error.message}` : error);
  process.exit(1);
});
