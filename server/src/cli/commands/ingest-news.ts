import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadEnv } from '../../env';
import { seedDefaultFeeds } from '../../features/feeds/feeds.service';
import { pollFeedsOnce } from '../../features/news/ingest-live.service';
import { guardedFeedSource } from '../../features/news/private-hosts';
import { createTagger } from '../../features/news/tagging';
import { OutboundPolicy } from '../../http/outbound-policy';
import { openStore } from '../../store/open-store';
import { withUsage } from '../args';
import { CliError, usageError } from '../cli-error';

export const help = `Usage: pnpm aftershock ingest news [--due] [--timeout <ms>]

Polls every enabled feed once (see pnpm aftershock feeds list), stores the new articles, tags
them and detects events. Each feed is fetched with a conditional GET (ETag, Last-Modified), at
most one request at a time per host.
  --due            only the feeds whose next check has come (what the server's schedule does)
  --timeout <ms>   budget per feed request (default 20000)

A feed that cannot be read is left failed, with the reason and the time of its next try, in
the feeds table (pnpm aftershock feeds list, GET /api/feeds); the others go on. Exits with
status 1 when no feed could be read at all (for example without a network).`;

export async function ingestNews(argv: string[]): Promise<void> {
  const { values, positionals } = withUsage(
    () =>
      parseArgs({
        args: argv,
        options: {
          due: { type: 'boolean' },
          timeout: { type: 'string' },
          help: { type: 'boolean' },
        },
        allowPositionals: true,
      }),
    help,
  );
  if (values.help) return void console.log(help);
  const rest = positionals[0] === 'news' ? positionals.slice(1) : positionals;
  if (rest.length > 0) throw usageError(`ingest news: unexpected "${rest.join(' ')}"`, help);
  const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    throw usageError(`--timeout: "${values.timeout}" is not a number of milliseconds`, help);
  }
  const env = loadEnv();
  const log = pino({ level: env.LOG_LEVEL === 'debug' ? 'debug' : 'error' }, pino.destination(2));
  const store = await openStore({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL });
  try {
    await seedDefaultFeeds(store.db);
    const result = await pollFeedsOnce({
      db: store.db,
      source: guardedFeedSource(new OutboundPolicy({ allow: env.ALLOW_PRIVATE_FEEDS })),
      tagger: createTagger(),
      log,
      dueOnly: values.due === true,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
    if (result.feeds.length === 0) return void console.log('No feed to poll.');
    for (const f of result.feeds) {
      const what =
        f.outcome === 'failed'
          ? `failed (${f.error}); next try ${f.nextCheckAt}`
          : f.outcome === 'not-modified'
            ? 'not modified'
            : `${f.stored?.inserted ?? 0} new, ${f.stored?.aliases ?? 0} seen elsewhere`;
      console.log(`${f.feedId}: ${what}`);
    }
    const read = result.feeds.filter((f) => f.outcome !== 'failed').length;
    console.log(
      `${read} of ${result.feeds.length} feeds read${result.detected ? '; events detected again' : ''}.`,
    );
    if (read === 0) {
      throw new CliError(
        'No feed could be read (see the reasons above); each will be tried again at its next check.',
      );
    }
  } finally {
    await store.close();
  }
}
