import { describe, expect, it } from 'vitest';
import { electLeader } from '../../server/src/features/scheduling/leader';
import { silentLogger } from '../../server/src/logger';
import { postgresUrl } from '../support/test-store';

const name = postgresUrl
  ? 'one ingesting server among several on PostgreSQL'
  : 'one ingesting server among several on PostgreSQL (skipped: set TEST_DATABASE_URL)';

const until = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe.skipIf(!postgresUrl)(name, () => {
  it('gives the lock to one, and to the other when the first goes', async () => {
    const key = 0x7e57 + Math.floor(Math.random() * 1000);
    const changes: string[] = [];
    const a = electLeader({
      databaseUrl: postgresUrl ?? '',
      log: silentLogger,
      key,
      retryMs: 100,
      onChange: (l) => changes.push(`a:${l}`),
    });
    await until(() => a.isLeader(), 5000);
    const b = electLeader({
      databaseUrl: postgresUrl ?? '',
      log: silentLogger,
      key,
      retryMs: 100,
      onChange: (l) => changes.push(`b:${l}`),
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(b.isLeader()).toBe(false);
    await a.stop();
    await until(() => b.isLeader(), 5000);
    expect(changes).toEqual(['a:true', 'a:false', 'b:true']);
    await b.stop();
  });
});
