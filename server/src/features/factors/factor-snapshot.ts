import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { repoRoot } from '../../env';
import type { Database } from '../../store/schema';
import type { FactorBatch } from './factor-files';
import { writeFactors } from './factor-import.service';

export const factorSnapshotFile = path.join(repoRoot, 'server/snapshot/factors.json.gz');

const column = z.array(z.number().nullable());
const snapshotSchema = z.object({
  format: z.literal('aftershock-factors/1'),
  source: z.string(),
  release: z.string().regex(/^\d{6}$/),
  date: z.array(z.string()),
  mktRf: z.array(z.number()),
  smb: z.array(z.number()),
  hml: z.array(z.number()),
  smb5: column,
  hml5: column,
  rmw: column,
  cma: column,
  mom: column,
  rf: z.array(z.number()),
});

/** Writes the factors that an import would store as the embedded factor snapshot, by column. */
export function buildFactorSnapshot(batch: FactorBatch, file = factorSnapshotFile) {
  const pick = <K extends keyof FactorBatch['rows'][number]>(k: K) => batch.rows.map((r) => r[k]);
  const snapshot: z.input<typeof snapshotSchema> = {
    format: 'aftershock-factors/1',
    source: `Kenneth R. French Data Library, release ${batch.release}, imported with \`pnpm aftershock snapshot factors\``,
    release: batch.release,
    date: pick('date'),
    mktRf: pick('mktRf'),
    smb: pick('smb'),
    hml: pick('hml'),
    smb5: pick('smb5'),
    hml5: pick('hml5'),
    rmw: pick('rmw'),
    cma: pick('cma'),
    mom: pick('mom'),
    rf: pick('rf'),
  };
  const gz = gzipSync(JSON.stringify(snapshot), { level: 9 });
  writeFileSync(file, gz);
  return { file, rows: batch.rows.length, bytes: gz.length };
}

/** The embedded factor snapshot as a batch; throws naming the file when it is not valid. */
export function readFactorSnapshot(file = factorSnapshotFile): FactorBatch {
  const parsed = snapshotSchema.safeParse(JSON.parse(gunzipSync(readFileSync(file)).toString()));
  if (!parsed.success) {
    throw new Error(`The factor snapshot ${file} is invalid: ${parsed.error.issues[0]?.message}`);
  }
  const s = parsed.data;
  const rows = s.date.map((date, i) => ({
    date,
    mktRf: s.mktRf[i] ?? Number.NaN,
    smb: s.smb[i] ?? Number.NaN,
    hml: s.hml[i] ?? Number.NaN,
    smb5: s.smb5[i] ?? null,
    hml5: s.hml5[i] ?? null,
    rmw: s.rmw[i] ?? null,
    cma: s.cma[i] ?? null,
    mom: s.mom[i] ?? null,
    rf: s.rf[i] ?? Number.NaN,
  }));
  return { release: s.release, rows };
}

/** Loads the factor snapshot into a store with no factor rows; a store with some is left alone. */
export async function loadFactorSnapshotIfEmpty(
  db: Kysely<Database>,
  file = factorSnapshotFile,
): Promise<{ loaded: boolean; rows: number }> {
  const any = await db.selectFrom('factor_returns').select('date').limit(1).executeTakeFirst();
  if (any) return { loaded: false, rows: 0 };
  const batch = readFactorSnapshot(file);
  await writeFactors(db, { batch, source: 'snapshot' });
  return { loaded: true, rows: batch.rows.length };
}
