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

/** The three files of `factors/` joined by date, in percent as published (FF5's SMB, HML as smb5, hml5). */
export function readFactorRows(): FactorRow[] {
  const ff3 = readCsv('ff3_daily.csv');
  const ff5 = readCsv('ff5_daily.csv');
  const mom = readCsv('mom_daily.csv');
  return [...ff5].map(([date, r]) => ({
    date,
    mktRf: r.mkt_rf ?? Number.NaN,
    smb: ff3.get(date)?.smb ?? Number.NaN,
    hml: ff3.get(date)?.hml ?? Number.NaN,
    smb5: r.smb ?? null,
    hml5: r.hml ?? null,
    rmw: r.rmw ?? null,
    cma: r.cma ?? null,
    mom: mom.get(date)?.mom ?? null,
    rf: r.rf ?? Number.NaN,
  }));
}
