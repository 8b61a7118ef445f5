import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnv } from '../../env';
import { ArchiveIntegrityError } from '../../features/news/archive-replay.source';
import { replayArchive } from '../../features/news/ingest-replay.service';
import { createTagger } from '../../features/news/tagging';
import { openStore } from '../../store/open-store';
import { withUsage } from '../args';
import { CliError, usageError } from '../cli-error';
import { onStopSignal } from '../interrupt';
import { progressBar } from '../progress';

export const help = `Usage: pnpm aftershock ingest replay <dir> [--feeds a,b] [--from ISO] [--to ISO]

Replays a feed archive (INDEX.tsv plus <feed>/<YYYYMMDD>T<HHMMSS>Z.xml.gz, such as
../shared/data/feed-archive) through the ingestion path in time order, as if each snapshot had
been polled live at its time, then detects events. Replaying the same archive again adds
nothing. Feed state (last fetch, next check) is left to live polling.
  --feeds a,b   only these feeds (folder names: techcrunch, wired, arstechnica)
  --from ISO    only snapshots fetched at or after this time
  --to ISO      only snapshots fetched before this time`;

const instant = (flag: string, value: string | undefined) => {
  if (value !== undefined && Number.isNaN(Date.parse(value))) {
    throw usageError(`${flag}: "${value}" is not a date or time (ISO 8601)`, help);
  }
  return value;
};

export async function ingestReplay(argv: string[]): Promise<void> {
  const { values, positionals } = withUsage(
    () =>
      parseArgs({
        args: argv,
        options: {
          feeds: { type: 'string' },
          from: { type: 'string' },
          to: { type: 'string' },
          help: { type: 'boolean' },
        },
        allowPositionals: true,
      }),
    help,
  );
  if (values.help) return void console.log(help);
  const rest = positionals[0] === 'replay' ? positionals.slice(1) : positionals;
  const [dirArg, ...extra] = rest;
  if (!dirArg || extra.length > 0) throw usageError('ingest replay: give one archive folder', help);
  const dir = path.resolve(dirArg);
  if (!existsSync(path.join(dir, 'INDEX.tsv'))) {
    throw new CliError(`${dir} is not a feed archive: it has no INDEX.tsv`);
  }
  const from = instant('--from', values.from);
  const to = instant('--to', values.to);
  const env = loadEnv();
  const store = await openStore({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL });
  const stop = onStopSignal();
  try {
    let bar: ReturnType<typeof progressBar> | undefined;
    const result = await replayArchive({
      db: store.db,
      dir,
      tagger: createTagger(),
      ...(values.feeds ? { feedKeys: values.feeds.split(',').map((f) => f.trim()) } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      signal: stop.signal,
      onProgress: (done, total, file) => {
        bar ??= progressBar('replay', total);
        bar.tick(done, file);
      },
    });
    for (const f of result.failed) console.error(`unreadable: ${f.file}: ${f.reason}`);
    console.log(
      `Replayed ${result.snapshots} snapshots: ${result.inserted} new stories, ${result.aliases} sightings in other feeds, ${result.updated} stories updated.`,
    );
    console.log(
      `Detected ${result.events} events, ${result.linked} of them linked to curated events.`,
    );
  } catch (error) {
    if (error instanceof ArchiveIntegrityError) throw new CliError(error.message);
    throw stop.stopped('each snapshot already read is stored whole, the rest is not.') ?? error;
  } finally {
    stop.dispose();
    await store.close();
  }
}
