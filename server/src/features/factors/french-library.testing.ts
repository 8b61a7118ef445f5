// Test-only: the French library's three daily zips served from our own fixtures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures: Record<string, string> = {
  'F-F_Research_Data_Factors_daily_CSV.zip': 'factors-3-daily.csv',
  'F-F_Research_Data_5_Factors_2x3_daily_CSV.zip': 'factors-5-daily.csv',
  'F-F_Momentum_Factor_daily_CSV.zip': 'momentum-daily.csv',
};

/** Serves the fixtures zipped, as the library serves its files. */
export async function libraryFetch(): Promise<typeof fetch> {
  const zips = new Map<string, Uint8Array>();
  for (const [zipName, csv] of Object.entries(fixtures)) {
    const zip = new JSZip();
    zip.file(csv, readFileSync(path.join(here, 'fixtures', csv)));
    zips.set(zipName, await zip.generateAsync({ type: 'uint8array' }));
  }
  return async (input) => {
    const name = String(input).split('/').at(-1) ?? '';
    const body = zips.get(name);
    return body ? new Response(body) : new Response('not found', { status: 404 });
  };
}
