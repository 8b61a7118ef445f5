/// <reference types="node" />
// Test-only: reads the real factor files beside the repository. Never imported by library code.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDataDir } from '../calendar/real-data.testing';
import type { FactorRow } from './factor-series';

export const hasRealFactors = existsSync(path.join(sharedDataDir, 'factors', 'ff5_daily.csv'));

function readCsv(file: string): Map<string, Record<string, number>> {
  const text = readFileSync(path.join(sharedDataDir, 'factors', file), 'utf8');
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const names = (header ?? '').split(',');
  const out = new Map<string, Record<string, number>>();
  for (const line of lines) {
    const cells = line.split(',');
    out.set(
      cells[0] ?? '',
      Object.fromEntries(names.slice(1).map((n, i) => [n, Number(cells[i + 1])])),
    );
  }
  return out;
}

/** The three files of `factors/` joined by date, in percent as published. */
export function readFactorRows(): FactorRow[] {
  const ff5 = readCsv('ff5_daily.csv');
  const mom = readCsv('mom_daily.csv');
  return [...ff5].map(([date, r]) => ({
    date,
    mktRf: r.mkt_rf ?? Number.NaN,
    smb: r.smb ?? Number.NaN,
    hml: r.hml ?? Number.NaN,
    rmw: r.rmw ?? null,
    cma: r.cma ?? null,
    mom: mom.get(date)?.mom ?? null,
    rf: r.rf ?? Number.NaN,
  }));
}
