import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { z } from 'zod';
import { defaultFeedMaxBytes } from './http-feed.source';
import type { FeedReplaySource, FeedSnapshot, ReplayParams } from './news-source.port';

const gunzipAsync = promisify(gunzip);

/** The snapshot archive does not match its INDEX.tsv (missing file, wrong digest). */
export class ArchiveIntegrityError extends Error {
  override readonly name = 'ArchiveIntegrityError';
}

const indexRowSchema = z.object({
  file: z.string().regex(/^[a-z0-9_-]+\/\d{8}T\d{6}Z\.xml\.gz$/i),
  bytes: z.coerce.number().int().nonnegative().optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

export interface ArchiveEntry {
  feedKey: string;
  fetchedAt: string;
  file: string;
  bytes: number | undefined;
  sha256: string | undefined;
}

export interface ArchiveReplaySourceOptions {
  /** A directory laid out as INDEX.tsv plus `<feed>/<YYYYMMDD>T<HHMMSS>Z.xml.gz`. */
  dir: string;
  /** Cap on one decompressed snapshot, as for live fetches. */
  maxBytes?: number;
}

function entryOf(row: z.infer<typeof indexRowSchema>): ArchiveEntry {
  const [feedKey = '', name = ''] = row.file.split('/');
  const s = name.slice(0, 16);
  const fetchedAt = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`;
  if (Number.isNaN(Date.parse(fetchedAt))) {
    throw new ArchiveIntegrityError(`INDEX.tsv: ${row.file} is not named by a real time`);
  }
  return { feedKey, fetchedAt, file: row.file, bytes: row.bytes, sha256: row.sha256 };
}

/**
 * Replays recorded feed bodies in time order across all feeds, so ingestion sees them as live
 * polling would have. Each body is checked against the size and SHA-256 that INDEX.tsv gives.
 */
export class ArchiveReplaySource implements FeedReplaySource {
  readonly #dir: string;
  readonly #maxBytes: number;

  constructor(options: ArchiveReplaySourceOptions) {
    this.#dir = options.dir;
    this.#maxBytes = options.maxBytes ?? defaultFeedMaxBytes;
  }

  /** The index in replay order (time, then feed), without reading any snapshot. */
  async entries(params: ReplayParams = {}): Promise<ArchiveEntry[]> {
    const text = await readFile(path.join(this.#dir, 'INDEX.tsv'), 'utf8');
    const [header = '', ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    const columns = header.split('\t');
    const entries = lines.map((line, i) => {
      const cells = line.split('\t');
      const row = indexRowSchema.safeParse(
        Object.fromEntries(columns.map((c, j) => [c, cells[j]])),
      );
      if (!row.success) {
        throw new ArchiveIntegrityError(`INDEX.tsv line ${i + 2}: ${z.prettifyError(row.error)}`);
      }
      return entryOf(row.data);
    });
    const keys = params.feedKeys ? new Set(params.feedKeys) : undefined;
    const from = params.from ? Date.parse(params.from) : Number.NEGATIVE_INFINITY;
    const to = params.to ? Date.parse(params.to) : Number.POSITIVE_INFINITY;
    return entries
      .filter((e) => (!keys || keys.has(e.feedKey)) && Date.parse(e.fetchedAt) >= from)
      .filter((e) => Date.parse(e.fetchedAt) < to)
      .sort(
        (a, b) =>
          Date.parse(a.fetchedAt) - Date.parse(b.fetchedAt) ||
          (a.feedKey < b.feedKey ? -1 : a.feedKey > b.feedKey ? 1 : 0),
      );
  }

  async *snapshots(params: ReplayParams = {}): AsyncIterable<FeedSnapshot> {
    for (const entry of await this.entries(params)) {
      params.signal?.throwIfAborted();
      yield { feedKey: entry.feedKey, fetchedAt: entry.fetchedAt, bytes: await this.#read(entry) };
    }
  }

  async #read(entry: ArchiveEntry): Promise<Uint8Array> {
    const compressed = await readFile(path.join(this.#dir, entry.file));
    const bytes = await gunzipAsync(compressed, { maxOutputLength: this.#maxBytes });
    if (entry.bytes !== undefined && bytes.byteLength !== entry.bytes) {
      throw new ArchiveIntegrityError(
        `${entry.file}: ${bytes.byteLength} bytes, INDEX.tsv says ${entry.bytes}`,
      );
    }
    if (entry.sha256 !== undefined) {
      const digest = createHash('sha256').update(bytes).digest('hex');
      if (digest !== entry.sha256) {
        throw new ArchiveIntegrityError(`${entry.file}: SHA-256 does not match INDEX.tsv`);
      }
    }
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}
