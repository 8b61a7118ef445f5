import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';
import { sweepInterruptedRuns } from './ingest-runs';
import { migrateToLatest } from './migrate';
import { pglitePool } from './pglite-pool';
import type { Database } from './schema';

export type StoreKind = 'pglite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  kind: StoreKind;
  /** Where the data lives, for messages: a folder or a connection string without its password. */
  location: string;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
}

const OID = { int8: 20, date: 1082, timestamptz: 1184, timestamp: 1114 } as const;
const toIso = (v: string) => new Date(v).toISOString();
const identity = (v: string) => v;

/** Opens PostgreSQL when a URL is given, else PGlite in `dataDir`; migrates before returning. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir);
  try {
    await migrateToLatest(store.db as unknown as Kysely<unknown>);
    // Runs a killed process left `running` are failed now, before anything reads the history.
    await sweepInterruptedRuns(store.db, { exclusive: store.kind === 'pglite' });
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function openPostgres(url: string): Store {
  const parsers: Record<number, (v: string) => unknown> = {
    [OID.int8]: Number,
    [OID.date]: identity,
    [OID.timestamptz]: toIso,
  };
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        parsers[oid] ??
        pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server drops (a restart, an admin ending sessions) is reported on the
  // pool; with no listener Node would end the process. The pool replaces it on the next query.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL connection lost: ${error.message}`, 'AftershockStoreWarning');
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    location: redactUrl(url),
    close: () => db.destroy(),
  };
}

async function openPglite(dataDir: string): Promise<Store> {
  mkdirSync(dataDir, { recursive: true });
  const lock: DataDirLock = acquireDataDirLock(dataDir);
  try {
    const pglite = new PGlite(`${dataDir}/pg`, {
      parsers: { [OID.int8]: Number, [OID.date]: identity, [OID.timestamptz]: toIso },
    });
    await pglite.waitReady;
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(pglite) }) });
    return {
      db,
      kind: 'pglite',
      location: dataDir,
      close: async () => {
        await db.destroy();
        await pglite.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres (unparseable URL)';
  }
}
