import type { Kysely } from 'kysely';
import { recordRun } from '../../store/ingest-runs';
import type { Database } from '../../store/schema';
import { ArchiveReplaySource } from './archive-replay.source';
import { storeArticles } from './article-store';
import { runDetection } from './detection-store';
import { isFeedFetchError } from './feed-fetch-error';
import { readFeedBody } from './feed-pipeline';
import type { ReplayParams } from './news-source.port';
import type { Tagger } from './tagging';

export interface ReplayResult {
  snapshots: number;
  /** Snapshots that were not a readable feed, with the reason. */
  failed: { file: string; reason: string }[];
  inserted: number;
  aliases: number;
  updated: number;
  events: number;
  linked: number;
}

export interface ReplayArchiveParams extends ReplayParams {
  db: Kysely<Database>;
  /** A feed archive: INDEX.tsv plus `<feed>/<YYYYMMDD>T<HHMMSS>Z.xml.gz`. */
  dir: string;
  tagger: Tagger;
  /** Called after each snapshot with how many are done and the one just read. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/**
 * Feeds recorded snapshots through the ingestion path in time order, as if each had been
 * polled live at its time (its articles first seen then), then detects events once. Feed state
 * (validators, next check) is left to live polling. Replaying an archive again adds nothing.
 */
export async function replayArchive(params: ReplayArchiveParams): Promise<ReplayResult> {
  const { db, tagger } = params;
  const source = new ArchiveReplaySource({ dir: params.dir });
  const filter: ReplayParams = {
    ...(params.feedKeys ? { feedKeys: params.feedKeys } : {}),
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
    ...(params.signal ? { signal: params.signal } : {}),
  };
  const entries = await source.entries(filter);
  const result: ReplayResult = {
    snapshots: 0,
    failed: [],
    inserted: 0,
    aliases: 0,
    updated: 0,
    events: 0,
    linked: 0,
  };
  await recordRun(db, { kind: 'news', source: 'archive-replay' }, async () => {
    for await (const snapshot of source.snapshots(filter)) {
      const file = `${snapshot.feedKey}/${snapshot.fetchedAt}`;
      try {
        const read = await readFeedBody({
          bytes: snapshot.bytes,
          feedKey: snapshot.feedKey,
          fetchedAt: snapshot.fetchedAt,
        });
        const stored = await storeArticles({ db, articles: read.articles, tagger });
        result.inserted += stored.inserted;
        result.aliases += stored.aliases;
        result.updated += stored.updated;
      } catch (error) {
        if (!isFeedFetchError(error)) throw error;
        result.failed.push({ file, reason: `${error.kind}: ${error.message}` });
      }
      result.snapshots++;
      params.onProgress?.(result.snapshots, entries.length, file);
    }
    return {
      rowsWritten: result.inserted + result.aliases,
      message: `${result.snapshots} snapshots, ${result.inserted} new stories, ${result.failed.length} unreadable`,
    };
  });
  const detection = await runDetection({ db, tagger });
  result.events = detection.events.length;
  result.linked = detection.links.size;
  return result;
}
