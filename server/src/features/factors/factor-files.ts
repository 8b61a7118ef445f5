import type { FactorRow } from '@aftershock/shared';
import JSZip from 'jszip';
import { type FactorFile, FactorFileError, parseFrenchCsv } from './french-csv';

/** Factors ready to store: one row per session, from one release of the library. */
export interface FactorBatch {
  release: string;
  rows: FactorRow[];
}

/**
 * The CSV files inside a zip the library serves (`F-F_Research_Data_Factors_daily_CSV.zip` holds
 * `F-F_Research_Data_Factors_daily.CSV`), parsed.
 */
export async function parseFactorZip(p: {
  bytes: Uint8Array;
  file: string;
}): Promise<FactorFile[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(p.bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FactorFileError(`${p.file}: not a readable zip file (${reason})`);
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir && /\.csv$/i.test(f.name));
  if (entries.length === 0) throw new FactorFileError(`${p.file}: no CSV file inside`);
  return Promise.all(
    entries.map(async (e) =>
      parseFrenchCsv({ text: await e.async('string'), file: `${p.file}/${e.name}` }),
    ),
  );
}

/**
 * Joins the 3-factor, 5-factor and momentum files by date. They must come from one release
 * (French revises past values when he rebuilds the factors); a file whose header does not say
 * which takes `release`. A column two files share (Mkt-RF, RF) must agree. A session lacking
 * Mkt-RF, SMB, HML or RF (the 3-factor file's) is left out; the 5-factor file's SMB and HML are
 * kept apart as smb5 and hml5.
 */
export function mergeFactorFiles(files: readonly FactorFile[], release?: string): FactorBatch {
  const releases = new Set(files.map((f) => f.release ?? release));
  for (const f of files) {
    if ((f.release ?? release) === undefined) {
      throw new FactorFileError(
        `${f.file}: the header does not say which release it is (give --release YYYYMM)`,
      );
    }
  }
  if (releases.size !== 1) {
    const list = files.map((f) => `${f.file}: ${f.release ?? release}`).join(', ');
    throw new FactorFileError(`the files come from different releases (${list})`);
  }
  const byDate = new Map<string, Partial<Record<string, number | null>>>();
  for (const f of files) {
    for (const r of f.rows) {
      const row = byDate.get(r.date) ?? {};
      for (const [name, v] of Object.entries(r.values)) {
        const had = row[name];
        if (had !== undefined && had !== null && v !== null && v !== undefined && had !== v) {
          throw new FactorFileError(
            `${f.file}: ${name} on ${r.date} is ${v}, another file has ${had}`,
          );
        }
        if (had === undefined || had === null) row[name] = v;
      }
      byDate.set(r.date, row);
    }
  }
  const rows: FactorRow[] = [];
  for (const [date, v] of [...byDate].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { mktRf, smb, hml, rf } = v;
    if (mktRf == null || smb == null || hml == null || rf == null) continue;
    rows.push({
      date,
      mktRf,
      smb,
      hml,
      rf,
      smb5: v.smb5 ?? null,
      hml5: v.hml5 ?? null,
      rmw: v.rmw ?? null,
      cma: v.cma ?? null,
      mom: v.mom ?? null,
    });
  }
  if (rows.length === 0) {
    throw new FactorFileError(
      'no session has Mkt-RF, SMB, HML and RF: include the 3-factor file (F-F_Research_Data_Factors_daily)',
    );
  }
  return { release: [...releases][0] ?? '', rows };
}
