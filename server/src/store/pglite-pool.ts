import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

type Command = PostgresQueryResult<unknown>['command'];
const commands = new Set<string>(['UPDATE', 'DELETE', 'INSERT', 'SELECT', 'MERGE']);

/**
 * Kysely's PostgreSQL driver over PGlite. PGlite is one connection, so the pool hands it to one
 * borrower at a time: a transaction keeps it from BEGIN to COMMIT and other queries wait.
 */
export function pglitePool(pg: PGlite): PostgresPool {
  let tail: Promise<void> = Promise.resolve();

  const client = (release: () => void): PostgresPoolClient => {
    const query = async <R>(sqlText: string, parameters: ReadonlyArray<unknown>) => {
      const result = await pg.query<R>(sqlText, [...parameters]);
      const first = sqlText.trimStart().slice(0, 6).toUpperCase();
      const command = (commands.has(first) ? first : 'SELECT') as Command;
      return { command, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
    };
    return { query, release } as PostgresPoolClient;
  };

  return {
    connect() {
      let release!: () => void;
      const turn = new Promise<void>((resolve) => {
        release = resolve;
      });
      const ready = tail;
      tail = ready.then(() => turn);
      return ready.then(() => client(release));
    },
    async end() {
      await tail;
    },
  };
}
