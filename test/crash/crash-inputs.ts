import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../../server/src/env';
import { seededRandom } from './crash-rig';

export const sharedData = path.resolve(repoRoot, '../shared/data');
const sharedArchive = path.join(sharedData, 'feed-archive');

export interface ReplayInput {
  /** The arguments after `pnpm aftershock`. */
  args: string[];
  what: string;
  /** Removes what was made for the replay. */
  dispose(): void;
}

/**
 * The replay to crash: the DeepSeek week of the real archive (17 snapshots of three feeds) when
 * ../shared/data is there, else the project's own fixture feeds laid out as an archive.
 */
export function replayInput(): ReplayInput {
  if (existsSync(path.join(sharedArchive, 'INDEX.tsv'))) {
    return {
      args: ['ingest', 'replay', sharedArchive, '--from', '2025-01-22', '--to', '2025-01-29'],
      what: '../shared/data/feed-archive, 2025-01-22 to 2025-01-28',
      dispose: () => undefined,
    };
  }
  const dir = fixtureArchive();
  return {
    args: ['ingest', 'replay', dir],
    what: 'test/fixtures/feeds as an archive',
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * test/fixtures/feeds as a feed archive (INDEX.tsv and `<feed>/<time>.xml.gz`): every fixture
 * twice, three hours apart, spread over three feeds. The unreadable ones (malformed, HTML, the
 * entity bomb) are part of it: a replay reports them and goes on.
 */
export function fixtureArchive(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aftershock-fixture-archive-'));
  const fixtures = path.join(repoRoot, 'test/fixtures/feeds');
  const files = readdirSync(fixtures)
    .filter((f) => /\.(xml|html)$/.test(f))
    .sort();
  const rows = ['file\tbytes\tsha256'];
  const start = Date.parse('2025-01-20T06:00:00Z');
  let step = 0;
  for (let round = 0; round < 2; round++) {
    for (const [i, name] of files.entries()) {
      const feed = `fixture-${'abc'[i % 3]}`;
      const at = new Date(start + step++ * 3 * 3_600_000).toISOString();
      const stamp = at.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      const bytes = readFileSync(path.join(fixtures, name));
      mkdirSync(path.join(dir, feed), { recursive: true });
      const file = `${feed}/${stamp}.xml.gz`;
      writeFileSync(path.join(dir, file), gzipSync(bytes));
      const sha = createHash('sha256').update(bytes).digest('hex');
      rows.push(`${file}\t${bytes.byteLength}\t${sha}`);
    }
  }
  writeFileSync(path.join(dir, 'INDEX.tsv'), `${rows.join('\n')}\n`);
  return dir;
}

/** Weekdays from `from` on, as YYYY-MM-DD. */
function weekdays(from: string, count: number): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); out.length < count; t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/**
 * A folder of price CSVs to import: 14 new tickers and new figures for NVDA and QQQ, so that an
 * import adds companies, adds bars and replaces bars. Seeded: the same files every time.
 */
export function priceCsvFolder(options: { tickers?: number; bars?: number } = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aftershock-crash-prices-'));
  const random = seededRandom(20250127);
  const dates = weekdays('2022-06-01', options.bars ?? 900);
  const names = [
    ...Array.from({ length: options.tickers ?? 14 }, (_, i) => `ZC${String.fromCharCode(65 + i)}`),
    'NVDA',
    'QQQ',
  ];
  for (const ticker of names) {
    let close = 20 + random() * 200;
    const lines = ['date,open,high,low,close,adj_close,volume'];
    for (const date of dates) {
      const open = close;
      close = Math.max(1, close * (1 + (random() - 0.5) * 0.06));
      const high = Math.max(open, close) * (1 + random() * 0.01);
      const low = Math.min(open, close) * (1 - random() * 0.01);
      const volume = Math.round(1e6 + random() * 5e7);
      const f = (v: number) => v.toFixed(4);
      lines.push(
        `${date},${f(open)},${f(high)},${f(low)},${f(close)},${f(close * 0.99)},${volume}`,
      );
    }
    writeFileSync(path.join(dir, `${ticker}.csv`), `${lines.join('\n')}\n`);
  }
  return dir;
}
