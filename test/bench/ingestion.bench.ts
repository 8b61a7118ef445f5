import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../server/src/env';
import { ArchiveReplaySource } from '../../server/src/features/news/archive-replay.source';
import { createBareParser } from '../../server/src/features/news/bare-parse';
import { detectEvents } from '../../server/src/features/news/detect-events';
import { readFeedBody } from '../../server/src/features/news/feed-pipeline';
import type { FeedSnapshot } from '../../server/src/features/news/news-source.port';
import type { NormalisedArticle } from '../../server/src/features/news/normalise';
import { createTagger } from '../../server/src/features/news/tagging';
import { toDetectionArticles } from '../eval/archive-pipeline';
import type { BenchRow } from './bench-row';

const archiveDir = path.resolve(repoRoot, '..', 'shared/data/feed-archive');

/**
 * Ingestion over the whole feed archive (451 snapshots, about 24 MB of XML): articles parsed,
 * normalised and tagged per second, read against a bare rss-parser `parseString` of the same
 * bytes, and event detection over the archive's stories (deduplicated and tagged as ingestion
 * stores them) against the same bare parse. Snapshots are read and gunzipped before the clock
 * starts; each pass runs twice and the faster is kept, so a cold JIT does not count.
 */
export async function runIngestionBench(): Promise<BenchRow[]> {
  if (!existsSync(path.join(archiveDir, 'INDEX.tsv'))) {
    process.stderr.write('ingestion: skipped: ../shared/data not present\n');
    return [];
  }
  const snapshots: FeedSnapshot[] = [];
  for await (const s of new ArchiveReplaySource({ dir: archiveDir }).snapshots()) snapshots.push(s);
  const mb = snapshots.reduce((sum, s) => sum + s.bytes.byteLength, 0) / 1e6;
  const decoder = new TextDecoder();
  const bare = createBareParser();
  const tagger = createTagger();

  const time = async (work: () => Promise<number>) => {
    let best = Number.POSITIVE_INFINITY;
    let count = 0;
    for (let i = 0; i < 2; i++) {
      const started = performance.now();
      count = await work();
      best = Math.min(best, performance.now() - started);
    }
    return { ms: best, count };
  };

  const parsed = await time(async () => {
    let items = 0;
    for (const s of snapshots) items += await bare(decoder.decode(s.bytes));
    return items;
  });
  const full = await time(async () => {
    let articles = 0;
    for (const s of snapshots) {
      const read = await readFeedBody({
        bytes: s.bytes,
        feedKey: s.feedKey,
        fetchedAt: s.fetchedAt,
      });
      for (const a of read.articles)
        tagger.tag({ title: a.title, snippet: a.snippet, labels: a.categories });
      articles += read.articles.length;
    }
    return articles;
  });
  const readAll: NormalisedArticle[] = [];
  for (const s of snapshots) {
    const read = await readFeedBody({ bytes: s.bytes, feedKey: s.feedKey, fetchedAt: s.fetchedAt });
    readAll.push(...read.articles);
  }
  const stories = toDetectionArticles(readAll, tagger);
  const detection = await time(async () => detectEvents(stories).length);
  const perSecond = (n: number, ms: number) => (n / ms) * 1000;
  return [
    {
      group: 'ingestion',
      name: `parse + normalise + tag, ${snapshots.length} snapshots (${mb.toFixed(1)} MB)`,
      value: perSecond(full.count, full.ms),
      unit: 'articles/s',
      reference: {
        name: 'bare rss-parser parseString',
        value: perSecond(parsed.count, parsed.ms),
        unit: 'articles/s',
      },
    },
    {
      group: 'ingestion',
      name: 'whole archive, parse + normalise + tag',
      value: full.ms,
      unit: 'ms',
      reference: { name: 'bare parse', value: parsed.ms, unit: 'ms' },
    },
    {
      group: 'ingestion',
      name: `event detection over the archive's ${stories.length} stories (${detection.count} events)`,
      value: detection.ms,
      unit: 'ms',
      reference: { name: 'bare parse', value: parsed.ms, unit: 'ms' },
    },
  ];
}
