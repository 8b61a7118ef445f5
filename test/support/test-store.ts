import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { AppDeps } from '../../server/src/app-deps';
import { boot } from '../../server/src/boot';
import { repoRoot } from '../../server/src/env';
import { factorSnapshotFile } from '../../server/src/features/factors/factor-snapshot';
import { snapshotFile } from '../../server/src/features/snapshot/snapshot.format';
import { silentLogger } from '../../server/src/logger';
import { openStore, type Store } from '../../server/src/store/open-store';

/** Set to run the suite on PostgreSQL instead of PGlite (CI starts a throwaway cluster). */
export const postgresUrl = process.env.TEST_DATABASE_URL || undefined;
export const storeKind = postgresUrl ? 'postgres' : 'pglite';

// Both embedded snapshots (prices, factors) go into the template, so both name it.
const snapshotKey = () =>
  createHash('sha256')
    .update(readFileSync(snapshotFile))
    .update(readFileSync(factorSnapshotFile))
    .digest('hex')
    .slice(0, 16);

const templateDir = () => path.join(repoRoot, '.tmp', `pglite-template-${snapshotKey()}`);
const templateDb = () => `aftershock_template_${snapshotKey()}`;

/**
 * Makes the loaded store that every integration test starts from, once per snapshot: a PGlite
 * folder to copy, or a PostgreSQL template database to clone. Opening a new PGlite folder costs
 * seconds (initdb), copying one costs milliseconds.
 */
export async function prepareTemplate(): Promise<void> {
  if (postgresUrl) {
    const name = templateDb();
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    try {
      const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (exists.rowCount) return;
      await admin.query(`create database ${name}`);
    } finally {
      await admin.end();
    }
    const deps = await boot({
      dataDir: '',
      databaseUrl: withDatabase(postgresUrl, name),
      log: silentLogger,
    });
    await deps.store.close();
    return;
  }
  const dir = templateDir();
  if (existsSync(path.join(dir, 'ready'))) return;
  rmSync(dir, { recursive: true, force: true });
  const deps = await boot({ dataDir: dir, log: silentLogger });
  await deps.store.close();
  cpSync(snapshotFile, path.join(dir, 'ready'));
}

export interface TestDeps extends AppDeps {
  dataDir: string;
  /** The private database on PostgreSQL, for servers started in other processes. */
  databaseUrl?: string;
  cleanup(): Promise<void>;
}

/** A fresh store with the snapshot loaded, private to the caller. */
export async function freshDeps(options: { adminToken?: string } = {}): Promise<TestDeps> {
  await prepareTemplate();
  if (postgresUrl) {
    const name = `aftershock_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${templateDb()}`);
    await admin.end();
    const databaseUrl = withDatabase(postgresUrl, name);
    const deps = await boot({ dataDir: '', databaseUrl, log: silentLogger, ...options });
    return {
      ...deps,
      dataDir: '',
      databaseUrl,
      cleanup: async () => {
        await deps.store.close();
        const a = new pg.Client({ connectionString: postgresUrl });
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aftershock-test-'));
  cpSync(templateDir(), dataDir, {
    recursive: true,
    filter: (src) => !/(ready|aftershock\.lock)$/.test(src),
  });
  const deps = await boot({ dataDir, log: silentLogger, ...options });
  return {
    ...deps,
    dataDir,
    cleanup: async () => {
      await deps.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A new, empty store with only the schema: what the command line opens on a new data folder
 * before any server has started (no catalogue, no snapshot).
 */
export async function bareStore(): Promise<{ store: Store; cleanup(): Promise<void> }> {
  if (postgresUrl) {
    const name = `aftershock_bare_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const store = await openStore({ dataDir: '', databaseUrl: withDatabase(postgresUrl, name) });
    return {
      store,
      cleanup: async () => {
        await store.close();
        const a = new pg.Client({ connectionString: postgresUrl });
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aftershock-bare-'));
  const store = await openStore({ dataDir });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
