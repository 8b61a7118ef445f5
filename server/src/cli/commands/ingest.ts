import { usageError } from '../cli-error';
import { ingestNews } from './ingest-news';
import { ingestPrices } from './ingest-prices';
import { ingestReplay } from './ingest-replay';

export const help = `Usage: pnpm aftershock ingest <source> [options]

Sources:
  prices [--tickers A,B] [--from DATE]   update daily bars from Yahoo Finance
  news [--due]                           poll the news feeds once, tag, detect events
  replay <dir>                           replay a feed archive (../shared/data/feed-archive)

Run a source with --help for its options.`;

const sources: Record<string, (argv: string[]) => Promise<void>> = {
  prices: ingestPrices,
  news: ingestNews,
  replay: ingestReplay,
};

/** `pnpm aftershock ingest <source> ...`: hands the rest of the line to that source's command. */
export async function ingest(argv: string[]): Promise<void> {
  const [source, ...rest] = argv;
  if (!source || source === '--help' || source === 'help') return void console.log(help);
  const command = sources[source];
  if (command) return command(rest);
  throw usageError(`ingest: unknown source "${source}"`, help);
}
