import { parseArgs } from 'node:util';
import { createFeedSchema, feedIdSchema } from '@aftershock/shared';
import { loadEnv } from '../../env';
import {
  createFeed,
  deleteFeed,
  FeedConflictError,
  FeedNotFoundError,
  feedInfos,
  seedDefaultFeeds,
  updateFeed,
} from '../../features/feeds/feeds.service';
import { FeedUrlRefusedError } from '../../features/news/private-hosts';
import { OutboundPolicy } from '../../http/outbound-policy';
import { describeIssues } from '../../http/validate';
import { openStore, type Store } from '../../store/open-store';
import { withUsage } from '../args';
import { CliError, usageError } from '../cli-error';

export const help = `Usage: pnpm aftershock feeds <action>

Actions:
  list                                  every feed: status, last fetch, error, next check
  add <id> <url> [--title T] [--off]    add a feed (id: lower-case letters, digits, hyphens)
  remove <id>                           remove a feed (its stored articles stay)
  enable <id> | disable <id>            switch polling of a feed on or off

The server polls enabled feeds on a schedule; pnpm aftershock ingest news polls them once.`;

function printFeeds(feeds: Awaited<ReturnType<typeof feedInfos>>): void {
  if (feeds.length === 0) return void console.log('No feeds.');
  for (const f of feeds) {
    const state = f.enabled ? f.status : 'disabled';
    const error = f.errorKind ? ` - ${f.errorKind}: ${f.errorMessage ?? ''}` : '';
    const next = f.enabled && f.nextCheckAt ? `; next check ${f.nextCheckAt}` : '';
    console.log(
      `${f.id.padEnd(22)} ${state.padEnd(8)} ${String(f.articleCount).padStart(6)} articles  ${f.url}`,
    );
    console.log(`${''.padEnd(22)} last fetch ${f.lastFetchAt ?? 'never'}${next}${error}`);
  }
}

async function act(store: Store, action: string, args: string[], title?: string, off?: boolean) {
  const db = store.db;
  const policy = new OutboundPolicy({ allow: loadEnv().ALLOW_PRIVATE_FEEDS });
  switch (action) {
    case 'list':
      return printFeeds(await feedInfos(db));
    case 'add': {
      const [id, url] = args;
      const parsed = createFeedSchema.safeParse({ id, url, title: title ?? id, enabled: !off });
      if (!parsed.success) throw usageError(`feeds add: ${describeIssues(parsed.error)}`, help);
      const feed = await createFeed(db, parsed.data, { policy });
      return void console.log(
        `Added ${feed.id} (${feed.url}); it will be polled at its first check.`,
      );
    }
    case 'remove': {
      const id = feedIdSchema.parse(args[0]);
      await deleteFeed(db, id);
      return void console.log(`Removed ${id}; its stored articles stay.`);
    }
    case 'enable':
    case 'disable': {
      const id = feedIdSchema.parse(args[0]);
      const feed = await updateFeed(db, id, { enabled: action === 'enable' });
      return void console.log(`${feed.id} is ${feed.enabled ? 'enabled' : 'disabled'}.`);
    }
    default:
      throw usageError(`feeds: unknown action "${action}"`, help);
  }
}

export async function feeds(argv: string[]): Promise<void> {
  const { values, positionals } = withUsage(
    () =>
      parseArgs({
        args: argv,
        options: { title: { type: 'string' }, off: { type: 'boolean' }, help: { type: 'boolean' } },
        allowPositionals: true,
      }),
    help,
  );
  if (values.help) return void console.log(help);
  const [action, ...args] = positionals;
  if (!action) throw usageError('feeds: give an action', help);
  const wantsId = ['remove', 'enable', 'disable'].includes(action);
  if (wantsId && (args.length !== 1 || !feedIdSchema.safeParse(args[0]).success)) {
    throw usageError(`feeds ${action}: give one feed id`, help);
  }
  if (action === 'add' && args.length !== 2) throw usageError('feeds add: give <id> <url>', help);
  const env = loadEnv();
  const store = await openStore({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL });
  try {
    await seedDefaultFeeds(store.db);
    await act(store, action, args, values.title, values.off);
  } catch (error) {
    if (
      error instanceof FeedConflictError ||
      error instanceof FeedNotFoundError ||
      error instanceof FeedUrlRefusedError
    ) {
      throw new CliError(error.message);
    }
    throw error;
  } finally {
    await store.close();
  }
}
