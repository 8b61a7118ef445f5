import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import { writePriceSeries } from '../prices/csv-import.service';
import { snapshotFile, snapshotSchema } from './snapshot.format';

export function readSnapshot(file = snapshotFile) {
  const parsed = snapshotSchema.safeParse(
    JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')),
  );
  if (!parsed.success) {
    throw new Error(`The embedded snapshot ${file} is invalid: ${parsed.error.issues[0]?.message}`);
  }
  return parsed.data;
}

/** Loads the embedded snapshot into a store that has no bars yet; a store with data is left alone. */
export async function loadSnapshotIfEmpty(
  db: Kysely<Database>,
  file = snapshotFile,
): Promise<{ loaded: boolean; bars: number }> {
  const any = await db.selectFrom('daily_bars').select('ticker').limit(1).executeTakeFirst();
  if (any) return { loaded: false, bars: 0 };
  const snapshot = readSnapshot(file);
  const series = snapshot.series.map((s) => ({
    ticker: s.ticker,
    file,
    bars: s.date.map((date, i) => ({
      date,
      open: s.open[i]!,
      high: s.high[i]!,
      low: s.low[i]!,
      close: s.close[i]!,
      adjClose: s.adjClose[i]!,
      volume: s.volume[i] ?? null,
    })),
  }));
  const bars = await writePriceSeries(db, { series, source: 'snapshot' });
  return { loaded: true, bars };
}
