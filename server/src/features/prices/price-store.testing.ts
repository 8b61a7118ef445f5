import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';

/*
 * Test support: a fingerprint of one ticker's stored bars (every column, in date order), to show
 * that a failed update left them exactly as they were.
 */

export interface BarsFingerprint {
  rows: number;
  sha256: string;
}

export async function barsFingerprint(
  db: Kysely<Database>,
  ticker: string,
): Promise<BarsFingerprint> {
  const rows = await db
    .selectFrom('daily_bars')
    .select(['date', 'open', 'high', 'low', 'close', 'adj_close', 'volume', 'final', 'source'])
    .where('ticker', '=', ticker)
    .orderBy('date')
    .execute();
  return {
    rows: rows.length,
    sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex'),
  };
}

/** The status and message of the latest recorded run of `source`. */
export async function lastRun(db: Kysely<Database>, source: string) {
  return db
    .selectFrom('ingest_runs')
    .select(['status', 'message', 'rows_written'])
    .where('source', '=', source)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
