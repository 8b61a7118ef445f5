import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ArchiveIntegrityError, ArchiveReplaySource } from './archive-replay.source';
import { readFeedBody } from './feed-pipeline';
import type { FeedSnapshot } from './news-source.port';

const here = fileURLToPath(new URL('.', import.meta.url));
const archiveDir = path.resolve(here, '../../../..', '../shared/data/feed-archive');
const present = existsSync(path.join(archiveDir, 'INDEX.tsv'));
const fixtures = path.resolve(here, '../../../../test/fixtures/feeds');

async function collect(source: AsyncIterable<FeedSnapshot>): Promise<FeedSnapshot[]> {
  const out: FeedSnapshot[] = [];
  for await (const s of source) out.push(s);
  return out;
}

function makeArchive(files: Record<string, Buffer>, corrupt?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'feed-archive-'));
  const rows = ['file\tbytes\tsha256'];
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), gzipSync(body));
    const digest = createHash('sha256')
      .update(file === corrupt ? 'other' : body)
      .digest('hex');
    rows.push(`${file}\t${body.byteLength}\t${digest}`);
  }
  writeFileSync(path.join(dir, 'INDEX.tsv'), `${rows.join('\n')}\n`);
  return dir;
}

describe('ArchiveReplaySource on a small archive made here', () => {
  const rss = readFileSync(path.join(fixtures, 'one-line.xml'));
  const atom = readFileSync(path.join(fixtures, 'atom-xml-base.xml'));

  it('yields snapshots in time order across feeds, with the exact bytes', async () => {
    const dir = makeArchive({
      'beta/20250102T000000Z.xml.gz': rss,
      'alpha/20250103T120000Z.xml.gz': atom,
      'alpha/20250101T235959Z.xml.gz': atom,
    });
    const snapshots = await collect(new ArchiveReplaySource({ dir }).snapshots());
    expect(snapshots.map((s) => [s.feedKey, s.fetchedAt])).toEqual([
      ['alpha', '2025-01-01T23:59:59Z'],
      ['beta', '2025-01-02T00:00:00Z'],
      ['alpha', '2025-01-03T12:00:00Z'],
    ]);
    expect(Buffer.from(snapshots[1]?.bytes ?? []).equals(rss)).toBe(true);
  });

  it('filters by feed and time range', async () => {
    const dir = makeArchive({
      'a/20250101T000000Z.xml.gz': rss,
      'a/20250102T000000Z.xml.gz': rss,
      'b/20250102T000000Z.xml.gz': rss,
    });
    const source = new ArchiveReplaySource({ dir });
    const only = await collect(source.snapshots({ feedKeys: ['a'], from: '2025-01-01T12:00:00Z' }));
    expect(only.map((s) => `${s.feedKey}@${s.fetchedAt}`)).toEqual(['a@2025-01-02T00:00:00Z']);
  });

  it('refuses a snapshot whose digest does not match the index', async () => {
    const dir = makeArchive({ 'a/20250101T000000Z.xml.gz': rss }, 'a/20250101T000000Z.xml.gz');
    await expect(collect(new ArchiveReplaySource({ dir }).snapshots())).rejects.toBeInstanceOf(
      ArchiveIntegrityError,
    );
  });
});

const suiteName = present
  ? 'ArchiveReplaySource on ../shared/data/feed-archive'
  : 'ArchiveReplaySource on the real archive (skipped: ../shared/data not present)';

describe.skipIf(!present)(suiteName, () => {
  it('replays every snapshot of INDEX.tsv in time order', async () => {
    const rows = readFileSync(path.join(archiveDir, 'INDEX.tsv'), 'utf8').trim().split('\n');
    // 452 lines with the header; SOURCES.md gives 154 + 40 + 257 = 451 snapshots.
    expect(rows.length - 1).toBe(451);
    const snapshots = await collect(new ArchiveReplaySource({ dir: archiveDir }).snapshots());
    expect(snapshots).toHaveLength(rows.length - 1);
    // First: Ars Technica 20240321T194654Z; last: TechCrunch and WIRED both at 20250331T153555Z.
    expect(snapshots[0]).toMatchObject({
      feedKey: 'arstechnica',
      fetchedAt: '2024-03-21T19:46:54Z',
    });
    expect(snapshots.at(-1)?.fetchedAt).toBe('2025-03-31T15:35:55Z');
    expect(snapshots.slice(-2).map((s) => s.feedKey)).toEqual(['techcrunch', 'wired']);
    const times = snapshots.map((s) => Date.parse(s.fetchedAt));
    expect(times.every((t, i) => i === 0 || t >= (times[i - 1] ?? t))).toBe(true);
    expect(snapshots.filter((s) => s.feedKey === 'wired')).toHaveLength(40);
  });

  it('feeds the DeepSeek week through the live parse path', async () => {
    const source = new ArchiveReplaySource({ dir: archiveDir });
    const week = await collect(
      source.snapshots({
        feedKeys: ['techcrunch'],
        from: '2025-01-27T00:00:00Z',
        to: '2025-01-28T00:00:00Z',
      }),
    );
    expect(week.length).toBeGreaterThan(0);
    const titles = new Set<string>();
    for (const s of week) {
      const { articles } = await readFeedBody({
        bytes: s.bytes,
        feedKey: s.feedKey,
        fetchedAt: s.fetchedAt,
      });
      for (const a of articles) titles.add(a.title);
    }
    expect(titles.has('DeepSeek gets Silicon Valley talking')).toBe(true);
  });

  it('parses every snapshot; unique guids per feed match SOURCES.md', async () => {
    const guids = new Map<string, Set<string>>();
    const variants = new Map<string, Set<string>>();
    for await (const s of new ArchiveReplaySource({ dir: archiveDir }).snapshots()) {
      const { articles } = await readFeedBody({
        bytes: s.bytes,
        feedKey: s.feedKey,
        fetchedAt: s.fetchedAt,
      });
      for (const a of articles) {
        guids.set(s.feedKey, (guids.get(s.feedKey) ?? new Set()).add(a.guid ?? ''));
        variants.set(s.feedKey, (variants.get(s.feedKey) ?? new Set()).add(`${a.guid} ${a.link}`));
      }
    }
    // SOURCES.md: "Unique items: 2264 by <guid>. That is 2337 (guid, link) variants" (TechCrunch),
    // 1403 / 1412 (WIRED), 4019 / 4026 (Ars Technica).
    const count = (m: Map<string, Set<string>>) =>
      Object.fromEntries([...m].map(([k, v]) => [k, v.size]));
    expect(count(guids)).toEqual({ techcrunch: 2264, wired: 1403, arstechnica: 4019 });
    expect(count(variants)).toEqual({ techcrunch: 2337, wired: 1412, arstechnica: 4026 });
  }, 120_000);
});
