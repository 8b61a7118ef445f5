import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../server/src/env';
import { runApiBench } from './api.bench';
import type { BenchRow } from './bench-row';
import { runEngineBench } from './engine.bench';
import { runIngestionBench } from './ingestion.bench';
import { runLoadBench } from './load.bench';
import { runScaleBench } from './scale.bench';
import { runStartupBench } from './startup.bench';
import { runWebBench } from './web.bench';

const suites: Record<string, () => Promise<BenchRow[]>> = {
  startup: runStartupBench,
  engine: runEngineBench,
  web: runWebBench,
  api: runApiBench,
  scale: runScaleBench,
  ingestion: runIngestionBench,
  load: runLoadBench,
};

const format = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3));

function printTable(rows: readonly BenchRow[]): void {
  const lines = rows.map((r) => {
    const ratio =
      r.reference && r.reference.value !== 0 ? (r.value / r.reference.value).toFixed(3) : '';
    return [
      r.group,
      r.name,
      `${format(r.value)} ${r.unit}`,
      r.reference ? `${r.reference.name}: ${format(r.reference.value)} ${r.reference.unit}` : '',
      ratio,
      r.target ?? '',
    ];
  });
  const header = ['group', 'figure', 'value', 'reference', 'ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(row(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(row(l));
}

/** `pnpm bench [suite...]`: runs the benchmarks, prints one table, keeps a JSON copy. */
async function main(): Promise<void> {
  const chosen = process.argv.slice(2).filter((a) => a !== '--');
  const names = chosen.length > 0 ? chosen : Object.keys(suites);
  const rows: BenchRow[] = [];
  for (const name of names) {
    const suite = suites[name];
    if (!suite)
      throw new Error(`Unknown benchmark "${name}"; known: ${Object.keys(suites).join(', ')}`);
    process.stderr.write(`running ${name}...\n`);
    rows.push(...(await suite()));
  }
  printTable(rows);
  const dir = path.join(repoRoot, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2),
  );
  console.log(`\nWritten to ${path.relative(process.cwd(), file)}`);
}

let finished = false;
// A suite waiting on something that can no longer happen empties the event loop: say so.
process.on('beforeExit', () => {
  if (finished) return;
  console.error('A benchmark stopped waiting with nothing left to run; no figures were printed.');
  process.exitCode = 1;
});

main()
  .then(() => {
    finished = true;
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
