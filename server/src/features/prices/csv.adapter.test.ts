import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createCsvAdapter } from './csv.adapter';
import { InvalidResponseError, SymbolNotFoundError } from './price-errors';

const header = 'date,open,high,low,close,adj_close,volume';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aftershock-csv-adapter-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('CSV adapter', () => {
  const dir = folder({
    'ABC.csv': [
      header,
      '2024-06-07,10,11,9.5,10.5,10.4,1000',
      '2024-06-05,9,10,8.5,9.5,9.4,800',
      '2024-06-06,9.5,10.5,9,10,9.9,',
    ].join('\n'),
    'IXIC.csv': [header, '2024-06-06,17000,17200,16900,17173.12,,'].join('\n'),
    'BAD.csv': [header, '2024-06-06,10,9,9.5,10,10,1'].join('\n'),
  });
  const csv = createCsvAdapter({ dir });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the bars of the range in date order, all final, with no events', async () => {
    const got = await csv.fetchDailyBars({ ticker: 'ABC', from: '2024-06-06', to: '2024-06-07' });
    expect(csv.source).toBe('csv');
    expect(got).toEqual({
      ticker: 'ABC',
      currency: 'USD',
      exchangeTimezone: 'America/New_York',
      bars: [
        {
          date: '2024-06-06',
          open: 9.5,
          high: 10.5,
          low: 9,
          close: 10,
          adjClose: 9.9,
          volume: null,
          final: true,
        },
        {
          date: '2024-06-07',
          open: 10,
          high: 11,
          low: 9.5,
          close: 10.5,
          adjClose: 10.4,
          volume: 1000,
          final: true,
        },
      ],
      splits: [],
      dividends: [],
    });
  });

  it('serves an index from the file named without the caret, its close as adjusted close', async () => {
    const got = await csv.fetchDailyBars({ ticker: '^IXIC', from: '2024-06-01' });
    expect(got.bars).toEqual([expect.objectContaining({ close: 17173.12, adjClose: 17173.12 })]);
  });

  it('a ticker with no file is SymbolNotFoundError', async () => {
    await expect(csv.fetchDailyBars({ ticker: 'NOPE', from: '2024-06-01' })).rejects.toSatisfy(
      (e) => e instanceof SymbolNotFoundError && /NOPE\.csv/.test(e.message),
    );
  });

  it('a file that fails validation is InvalidResponseError naming the line and field', async () => {
    await expect(csv.fetchDailyBars({ ticker: 'BAD', from: '2024-06-01' })).rejects.toSatisfy(
      (e) => e instanceof InvalidResponseError && e.field === 'BAD.csv:2.high',
    );
  });

  it("rejects with the caller's reason once the signal has aborted", async () => {
    const reason = new Error('stop');
    const signal = AbortSignal.abort(reason);
    await expect(csv.fetchDailyBars({ ticker: 'ABC', from: '2024-06-01', signal })).rejects.toBe(
      reason,
    );
  });
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const pricesDir = path.resolve(repoRoot, '../shared/data/prices');
const present = existsSync(path.join(pricesDir, 'NVDA.csv'));

describe.skipIf(!present)(
  present
    ? 'CSV adapter on ../shared/data/prices'
    : 'CSV adapter on real prices (skipped: ../shared/data not present)',
  () => {
    it('gives the closes of the DeepSeek sell-off as published', async () => {
      const csv = createCsvAdapter({ dir: pricesDir });
      const got = await csv.fetchDailyBars({
        ticker: 'NVDA',
        from: '2025-01-24',
        to: '2025-01-27',
      });
      // NVDA closed at 142.62 on Friday 24 January 2025 and at 118.42 on Monday 27 January.
      expect(got.bars.map((b) => [b.date, b.close])).toEqual([
        ['2025-01-24', 142.62],
        ['2025-01-27', 118.42],
      ]);
    });
  },
);
