import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { boot } from '../../server/src/boot';
import { repoRoot } from '../../server/src/env';
import {
  listCsvFiles,
  readPriceFiles,
  writePriceSeries,
} from '../../server/src/features/prices/csv-import.service';
import { silentLogger } from '../../server/src/logger';
import { DataDirLockedError } from '../../server/src/store/data-dir-lock';
import { openStore } from '../../server/src/store/open-store';
import { freshDeps, postgresUrl, storeKind, type TestDeps } from '../support/test-store';

const countBars = async (deps: { store: { db: TestDeps['store']['db'] } }) =>
  Number(
    (
      await deps.store.db
        .selectFrom('daily_bars')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const scratch = mkdtempSync(path.join(os.tmpdir(), 'aftershock-csv-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe(`store lifecycle on ${storeKind}`, () => {
  it('rejects a malformed CSV naming file, line and field, and stores none of the batch', async () => {
    const deps = await freshDeps();
    try {
      const good = path.join(scratch, 'GOOD.csv');
      const bad = path.join(scratch, 'BAD.csv');
      writeFileSync(
        good,
        'date,open,high,low,close,adj_close,volume\n2025-01-02,10,11,9,10.5,10.5,100\n',
      );
      writeFileSync(
        bad,
        'date,open,high,low,close,adj_close,volume\n2025-01-02,10,11,9,10.5,10.5,100\n2025-01-03,10,9,11,10,10,5\n',
      );
      const before = await countBars(deps);
      const attempt = async () => {
        const series = readPriceFiles({ files: listCsvFiles(scratch), known: new Set() });
        await writePriceSeries(deps.store.db, { series, source: 'csv' });
      };
      await expect(attempt()).rejects.toThrow(/BAD\.csv:3 high: high 9 is below low 11/);
      expect(await countBars(deps)).toBe(before);
      const goodTicker = await deps.store.db
        .selectFrom('companies')
        .select('ticker')
        .where('ticker', 'in', ['GOOD', 'BAD'])
        .execute();
      expect(goodTicker).toEqual([]);
    } finally {
      await deps.cleanup();
    }
  });

  it('imports a good file all at once and a rerun adds nothing', async () => {
    const deps = await freshDeps();
    try {
      const file = path.join(scratch, 'one', 'XYZ.csv');
      rmSync(path.dirname(file), { recursive: true, force: true });
      await import('node:fs').then((fs) => fs.mkdirSync(path.dirname(file)));
      writeFileSync(
        file,
        'date,open,high,low,close,adj_close,volume\n2025-01-02,10,11,9,10.5,10.4,100\n2025-01-03,10.5,12,10,11.5,11.4,200\n',
      );
      const before = await countBars(deps);
      for (let i = 0; i < 2; i++) {
        const series = readPriceFiles({ files: [file], known: new Set() });
        await writePriceSeries(deps.store.db, { series, source: 'csv' });
      }
      expect(await countBars(deps)).toBe(before + 2);
    } finally {
      await deps.cleanup();
    }
  });

  it.skipIf(postgresUrl)(
    'keeps everything across a restart and refuses a second process',
    async () => {
      const deps = await freshDeps();
      const { dataDir } = deps;
      const before = await countBars(deps);
      await expect(openStore({ dataDir })).rejects.toThrow(DataDirLockedError);
      await deps.store.close();
      const again = await boot({ dataDir, log: silentLogger });
      try {
        expect(await countBars(again)).toBe(before);
      } finally {
        await again.store.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );

  it.skipIf(postgresUrl)(
    'refuses a second server process on the same data folder, with a message',
    async () => {
      const deps = await freshDeps();
      try {
        const child = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
          cwd: repoRoot,
          env: {
            ...process.env,
            DATA_DIR: deps.dataDir,
            PORT: '0',
            SCHEDULE: 'off',
            LOG_LEVEL: 'silent',
          },
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(child.status).toBe(1);
        expect(child.stderr).toMatch(
          /Another Aftershock process \(pid \d+\) is using the data folder/,
        );
      } finally {
        await deps.cleanup();
      }
    },
  );
});
