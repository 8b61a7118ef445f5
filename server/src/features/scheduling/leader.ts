import pg from 'pg';
import type { Logger } from 'pino';

/** The advisory-lock key all Aftershock servers on one database compete for. */
export const ingestLockKey = 0x41465453; // "AFTS"

export interface Leadership {
  isLeader(): boolean;
  stop(): Promise<void>;
}

export interface ElectLeaderOptions {
  databaseUrl: string;
  log: Logger;
  /** Called when this process becomes, or stops being, the one that ingests. */
  onChange(leader: boolean): void;
  /** How often a follower tries to take the lock, and a leader checks its connection. */
  retryMs?: number;
  key?: number;
}

/**
 * Exactly one server on a PostgreSQL ingests at a time: the one holding a session-level advisory
 * lock on its own connection. When that process dies its session ends, PostgreSQL releases the
 * lock, and a follower takes it at its next try (within `retryMs`).
 */
export function electLeader(options: ElectLeaderOptions): Leadership {
  const retryMs = options.retryMs ?? 15_000;
  const key = options.key ?? ingestLockKey;
  let client: pg.Client | null = null;
  let leader = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  const setLeader = (value: boolean) => {
    if (value === leader) return;
    leader = value;
    options.log.info({ leader }, value ? 'took the ingest lock' : 'lost the ingest lock');
    options.onChange(value);
  };

  const drop = async () => {
    const c = client;
    client = null;
    setLeader(false);
    await c?.end().catch(() => undefined);
  };

  const tick = async () => {
    if (stopped) return;
    try {
      if (!client) {
        client = new pg.Client({ connectionString: options.databaseUrl });
        client.on('error', (error) => {
          options.log.warn({ err: error.message }, 'ingest lock connection failed');
          void drop();
        });
        await client.connect();
      }
      if (leader) {
        await client.query('select 1');
      } else {
        const r = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [
          key,
        ]);
        setLeader(r.rows[0]?.ok === true);
      }
    } catch (error) {
      options.log.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'ingest lock check failed',
      );
      await drop();
    } finally {
      if (!stopped) timer = setTimeout(() => void tick(), retryMs);
    }
  };

  void tick();
  return {
    isLeader: () => leader,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await drop();
    },
  };
}
