import { parseArgs } from 'node:util';
import { loadEnv } from '../../env';
import { readFactorFolder, writeFactors } from '../../features/factors/factor-import.service';
import { FactorFileError } from '../../features/factors/french-csv';
import { openStore } from '../../store/open-store';
import { withUsage } from '../args';
import { CliError, usageError } from '../cli-error';

export const help = `Usage: pnpm aftershock import factors <dir> [--release YYYYMM]

Imports daily Fama-French factors from a folder of Kenneth French's data library files, as
downloaded (the *_CSV.zip files) or unzipped: F-F_Research_Data_Factors_daily,
F-F_Research_Data_5_Factors_2x3_daily and F-F_Momentum_Factor_daily. Every line is checked before
anything is written (a bad one is named with its file and line number), the files must come from
one release, and the rows are written in one transaction with that release. --release names it
for files whose header does not (tidy copies such as ../shared/data/factors, release 202604).`;

export async function importFactors(argv: string[]): Promise<void> {
  const { values, positionals } = withUsage(
    () =>
      parseArgs({
        args: argv,
        options: { release: { type: 'string' }, help: { type: 'boolean' } },
        allowPositionals: true,
      }),
    help,
  );
  if (values.help) return void console.log(help);
  const dir = positionals[1];
  if (positionals[0] !== 'factors' || !dir) throw usageError('import factors: give a folder', help);
  if (values.release !== undefined && !/^\d{6}$/.test(values.release)) {
    throw usageError('import factors: --release must be YYYYMM, e.g. 202604', help);
  }
  let batch: Awaited<ReturnType<typeof readFactorFolder>>;
  try {
    batch = await readFactorFolder({ dir, ...(values.release ? { release: values.release } : {}) });
  } catch (error) {
    if (error instanceof FactorFileError) throw new CliError(error.message);
    throw error;
  }
  const env = loadEnv();
  const store = await openStore({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL });
  try {
    const out = await writeFactors(store.db, { batch, source: 'french-files' });
    const span = `${batch.rows[0]?.date} to ${batch.rows.at(-1)?.date}`;
    console.log(
      `Imported ${out.rowsWritten} sessions of factors (release ${batch.release}, ${span}; ${out.rowsChanged} new or changed) into ${store.kind}.`,
    );
  } finally {
    await store.close();
  }
}
