import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../../env';
import { readFactorFolder } from '../../features/factors/factor-import.service';
import { buildFactorSnapshot } from '../../features/factors/factor-snapshot';
import { FactorFileError } from '../../features/factors/french-csv';
import { withUsage } from '../args';
import { CliError, usageError } from '../cli-error';

export const help = `Usage: pnpm aftershock snapshot factors [--from <folder>] [--release YYYYMM]

Builds the embedded factor snapshot (server/snapshot/factors.json.gz) from a folder of French
library files, by default ../shared/data/factors, through the importer's parsing and validation
(see import factors). A fresh store loads it on first start.`;

export async function snapshotFactors(argv: string[]): Promise<void> {
  const { values, positionals } = withUsage(
    () =>
      parseArgs({
        args: argv,
        options: {
          from: { type: 'string' },
          release: { type: 'string' },
          help: { type: 'boolean' },
        },
        allowPositionals: true,
      }),
    help,
  );
  if (values.help) return void console.log(help);
  if (positionals[0] !== 'factors') throw usageError('snapshot: expected "factors"', help);
  const dir = values.from ?? path.resolve(repoRoot, '../shared/data/factors');
  try {
    const batch = await readFactorFolder({
      dir,
      ...(values.release ? { release: values.release } : {}),
    });
    const out = buildFactorSnapshot(batch);
    console.log(
      `Wrote ${path.relative(process.cwd(), out.file)}: ${out.rows} sessions, release ${batch.release}, ${(out.bytes / 1024).toFixed(0)} KiB.`,
    );
  } catch (error) {
    if (error instanceof FactorFileError) throw new CliError(error.message);
    throw error;
  }
}
