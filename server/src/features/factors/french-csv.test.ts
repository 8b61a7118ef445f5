import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { mergeFactorFiles, parseFactorZip } from './factor-files';
import { parseFrenchCsv } from './french-csv';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(path.join(here, 'fixtures', name), 'utf8');

describe('parseFrenchCsv', () => {
  it('reads the library format: header text, ",Mkt-RF" row, padded YYYYMMDD rows, CRLF', () => {
    const f = parseFrenchCsv({ text: fixture('factors-3-daily.csv'), file: 'ff3.csv' });
    expect(f.release).toBe('202611');
    expect(f.columns).toEqual(['mktRf', 'smb', 'hml', 'rf']);
    expect(f.rows).toEqual([
      { date: '2026-01-02', values: { mktRf: 0.5, smb: -0.2, hml: 0.1, rf: 0.02 } },
      { date: '2026-01-05', values: { mktRf: -1.25, smb: 0.35, hml: -0.4, rf: 0.02 } },
      { date: '2026-01-06', values: { mktRf: 0, smb: 0.05, hml: 0.6, rf: 0.02 } },
    ]);
  });

  it('reads -99.99 as missing', () => {
    const f = parseFrenchCsv({ text: fixture('momentum-daily.csv'), file: 'mom.csv' });
    expect(f.rows.map((r) => r.values.mom)).toEqual([1.1, null, -0.3]);
  });

  it('reads a tidy copy (date,mkt_rf,..., ISO dates) the same way', () => {
    const f = parseFrenchCsv({
      text: 'date,mkt_rf,smb,hml,rf\n2026-01-02,0.50,-0.20,0.10,0.02\n',
      file: 'x',
    });
    expect(f.rows[0]).toEqual({
      date: '2026-01-02',
      values: { mktRf: 0.5, smb: -0.2, hml: 0.1, rf: 0.02 },
    });
    expect(f.release).toBeNull();
  });

  it('refuses a malformed file naming the line', () => {
    const text = fixture('factors-3-daily.csv');
    const short = text.replace(
      '20260105,   -1.25,    0.35,   -0.40,    0.02',
      '20260105,   -1.25,    0.35',
    );
    expect(() => parseFrenchCsv({ text: short, file: 'ff3.csv' })).toThrow(
      'ff3.csv line 6: expected 5 values, found 3',
    );
    const word = text.replace('    0.05,', '    n/a,');
    expect(() => parseFrenchCsv({ text: word, file: 'ff3.csv' })).toThrow(
      'ff3.csv line 7: smb "n/a" is not a daily return in percent',
    );
    const date = text.replace('20260106', '20260231');
    expect(() => parseFrenchCsv({ text: date, file: 'ff3.csv' })).toThrow('ff3.csv line 7:');
    expect(() => parseFrenchCsv({ text: 'no columns here', file: 'ff3.csv' })).toThrow(
      'no column row',
    );
  });
});

describe('factor zips and merging', () => {
  it('reads the CSV inside a zip as the library serves it, and joins files by date', async () => {
    const zip = new JSZip();
    zip.file('F-F_Research_Data_Factors_daily.CSV', fixture('factors-3-daily.csv'));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const [ff3] = await parseFactorZip({ bytes, file: 'F-F_Research_Data_Factors_daily_CSV.zip' });
    const mom = parseFrenchCsv({ text: fixture('momentum-daily.csv'), file: 'mom.csv' });
    if (ff3 === undefined) throw new Error('no file in the zip');
    const batch = mergeFactorFiles([ff3, mom]);
    expect(batch.release).toBe('202611');
    expect(batch.rows[1]).toEqual({
      date: '2026-01-05',
      mktRf: -1.25,
      smb: 0.35,
      hml: -0.4,
      smb5: null,
      hml5: null,
      rmw: null,
      cma: null,
      mom: null,
      rf: 0.02,
    });
    await expect(
      parseFactorZip({ bytes: new Uint8Array([1, 2, 3]), file: 'bad.zip' }),
    ).rejects.toThrow('bad.zip: not a readable zip file');
  });

  it('refuses files from different releases, and a file of unknown release without --release', () => {
    const ff3 = parseFrenchCsv({ text: fixture('factors-3-daily.csv'), file: 'ff3.csv' });
    const tidy = parseFrenchCsv({ text: 'date,mom\n2026-01-02,1.1\n', file: 'mom.csv' });
    expect(() => mergeFactorFiles([ff3, tidy])).toThrow(
      'mom.csv: the header does not say which release',
    );
    expect(() => mergeFactorFiles([ff3, tidy], '202604')).toThrow('different releases');
    expect(mergeFactorFiles([ff3, tidy], '202611').rows[0]?.mom).toBe(1.1);
  });
});
