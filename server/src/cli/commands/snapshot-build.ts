import path from 'node:path';
import { parseArgs } from 'node:util';
import { companies } from '../../catalogue/companies';
import { repoRoot } from '../../env';
import { CsvImportError } from '../../features/prices/csv-price-file';
import { buildSnapshot } from '../../features/snapshot/snapshot.build';
import { withUsage } from '../args';
import { CliError, usageError } from '../cli-error';

export const help = `Usage: pnpm aftershock snapshot build [--from <folder>]

Builds the embedded snapshot (server/snapshot/prices.json.gz) from a folder of price CSVs, by
default ../shared/data/prices, through the importer's parsing and validation. A fresh store
loads it on first start.`;

export async function snapshotBuild(argv: string[]): Promise<void> {
  const { values, positionals } = withUsage(
    () =>
      parseArgs({
        args: argv,
        options: { from: { type: 'string' }, help: { type: 'boolean' } },
        allowPositionals: true,
      }),
    help,
  );
  if (values.help) return void console.log(help);
  if (positionals[0] !== 'build') throw usageError('snapshot: expected "build"', help);
  const sourceDir = values.from ?? path.resolve(repoRoot, '../shared/data/prices');
  try {
    const known = new Set(companies.map((c) => c.ticker));
    const out = buildSnapshot({ sourceDir, known });
    console.log(
      `Wrote ${path.relative(process.cwd(), out.file)}: ${out.series} series, ${out.bars} bars, ${(out.bytes / 1024).toFixed(0)} KiB.`,
    );
  } catch (error) {
    if (error instanceof CsvImportError) throw new CliError(error.message);
    if (error instanceof Error && /No such file/.test(error.message))
      throw new CliError(error.message);
    throw error;
  }
}
