import { createHash } from 'node:crypto';
import { openStore } from '../../server/src/store/open-store';
import type { Database } from '../../server/src/store/schema';

/**
 * What a crash must not change: these tables, without the columns that hold the wall-clock time
 * of the write (`added_at`, `created_at`).
 */
const tables: readonly { name: keyof Database; skip: readonly string[] }[] = [
  { name: 'companies', skip: ['added_at'] },
  { name: 'daily_bars', skip: [] },
  { name: 'articles', skip: [] },
  { name: 'article_aliases', skip: [] },
  { name: 'article_tags', skip: [] },
  { name: 'events', skip: ['created_at'] },
  { name: 'event_tickers', skip: [] },
  { name: 'event_articles', skip: [] },
];

export interface StoreDigest {
  /** Rows per table. */
  counts: Record<string, number>;
  /** SHA-256 of the table's rows, each as JSON with sorted keys, the lines sorted. */
  sha256: Record<string, string>;
  runs: { id: number; kind: string; source: string; status: string; message: string | null }[];
}

const canonical = (row: Record<string, unknown>, skip: readonly string[]) =>
  JSON.stringify(
    Object.keys(row)
      .filter((k) => !skip.includes(k))
      .sort()
      .map((k) => [k, row[k]]),
  );

/** Opens the store in `dataDir` (this process, PGlite) and reads the digest of every table. */
export async function storeDigest(dataDir: string): Promise<StoreDigest> {
  const store = await openStore({ dataDir });
  try {
    const counts: Record<string, number> = {};
    const sha256: Record<string, string> = {};
    for (const t of tables) {
      const rows: Record<string, unknown>[] = await store.db
        .selectFrom(t.name)
        .selectAll()
        .execute();
      const hash = createHash('sha256');
      for (const line of rows.map((r) => canonical(r, t.skip)).sort()) hash.update(`${line}\n`);
      counts[t.name] = rows.length;
      sha256[t.name] = hash.digest('hex');
    }
    const runs = await store.db
      .selectFrom('ingest_runs')
      .select(['id', 'kind', 'source', 'status', 'message'])
      .orderBy('id')
      .execute();
    return { counts, sha256, runs };
  } finally {
    await store.close();
  }
}
