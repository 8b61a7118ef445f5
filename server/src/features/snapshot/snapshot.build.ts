import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { listCsvFiles, readPriceFiles } from '../prices/csv-import.service';
import { type Snapshot, snapshotFile } from './snapshot.format';

/**
 * Turns a folder of price CSVs into the embedded snapshot through the importer's own parsing and
 * validation, so the snapshot holds exactly what an import would store.
 */
export function buildSnapshot(options: {
  sourceDir: string;
  known: ReadonlySet<string>;
  outFile?: string;
}): { file: string; series: number; bars: number; bytes: number } {
  const files = listCsvFiles(options.sourceDir);
  const imported = readPriceFiles({ files, known: options.known });
  const snapshot: Snapshot = {
    format: 'aftershock-prices/1',
    source: 'Yahoo Finance daily bars, imported with `pnpm aftershock snapshot build`',
    series: imported.map(({ ticker, bars }) => ({
      ticker,
      date: bars.map((b) => b.date),
      open: bars.map((b) => b.open),
      high: bars.map((b) => b.high),
      low: bars.map((b) => b.low),
      close: bars.map((b) => b.close),
      adjClose: bars.map((b) => b.adjClose),
      volume: bars.map((b) => b.volume),
    })),
  };
  const gz = gzipSync(JSON.stringify(snapshot), { level: 9 });
  const file = options.outFile ?? snapshotFile;
  writeFileSync(file, gz);
  const bars = imported.reduce((n, s) => n + s.bars.length, 0);
  return { file, series: imported.length, bars, bytes: gz.length };
}
