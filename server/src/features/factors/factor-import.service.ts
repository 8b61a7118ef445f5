import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { recordRun } from '../../store/ingest-runs';
import type { Database } from '../../store/schema';
import { type FactorBatch, mergeFactorFiles, parseFactorZip } from './factor-files';
import { upsertFactors } from './factors.repo';
import { type FactorFile, FactorFileError, parseFrenchCsv } from './french-csv';

/**
 * Reads every `.csv` and `.zip` of a folder (the library's daily files, as downloaded or
 * unzipped) and joins them: all are validated before anything is written. `release` is for files
 * whose header does not name theirs (tidy copies).
 */
export async function readFactorFolder(p: { dir: string; release?: string }): Promise<FactorBatch> {
  const stat = statSync(p.dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) throw new FactorFileError(`No such folder: ${p.dir}`);
  const names = readdirSync(p.dir)
    .filter((f) => /\.(csv|zip)$/i.test(f))
    .sort();
  if (names.length === 0) throw new FactorFileError(`No .csv or .zip files in ${p.dir}`);
  const files: FactorFile[] = [];
  for (const name of names) {
    const full = path.join(p.dir, name);
    if (/\.zip$/i.test(name)) {
      files.push(...(await parseFactorZip({ bytes: readFileSync(full), file: name })));
    } else {
      files.push(parseFrenchCsv({ text: readFileSync(full, 'utf8'), file: name }));
    }
  }
  return mergeFactorFiles(files, p.release);
}

/** Writes a batch in one transaction, recorded as an ingest run of kind `factors`. */
export async function writeFactors(
  db: Kysely<Database>,
  p: { batch: FactorBatch; source: string },
): Promise<{ rowsWritten: number; rowsChanged: number }> {
  return recordRun(db, { kind: 'factors', source: p.source }, async () => {
    const rowsChanged = await db
      .transaction()
      .execute((trx) => upsertFactors(trx, { ...p.batch, source: p.source }));
    return {
      rowsWritten: p.batch.rows.length,
      rowsChanged,
      message: `release ${p.batch.release}, ${p.batch.rows[0]?.date} to ${p.batch.rows.at(-1)?.date}`,
    };
  });
}
