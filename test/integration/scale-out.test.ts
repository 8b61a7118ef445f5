import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { freshDeps, postgresUrl, type TestDeps } from '../support/test-store';

const name = postgresUrl
  ? 'two servers on one PostgreSQL'
  : 'two servers on one PostgreSQL (skipped: set TEST_DATABASE_URL)';

type Health = { ingest: string };

describe.skipIf(!postgresUrl)(name, () => {
  let deps: TestDeps;
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    deps = await freshDeps();
    const env = {
      DATABASE_URL: deps.databaseUrl ?? '',
      SCHEDULE: 'on',
      INGEST_LOCK_RETRY_MS: '300',
    };
    servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await deps?.cleanup();
  }, 120_000);

  const role = async (s: ServerProcess) =>
    ((await (await fetch(`${s.url}/api/health`)).json()) as Health).ingest;

  const roles = async () => Promise.all(servers.map(role));

  it('lets exactly one of them ingest, serves the same results from both, and fails over', async () => {
    let seen: string[] = [];
    for (let i = 0; i < 100 && seen.filter((r) => r === 'leader').length !== 1; i++) {
      seen = await roles();
      await new Promise((r) => setTimeout(r, 100));
    }
    expect([...seen].sort()).toEqual(['follower', 'leader']);

    const path = '/api/events/deepseek-selloff-2025-01-27/window?tickers=NVDA,AVGO&pre=1&post=1';
    const answers = await Promise.all(
      servers.map(async (s) => {
        const body = (await (await fetch(`${s.url}${path}`)).json()) as { provenance: unknown };
        body.provenance = null;
        return body;
      }),
    );
    expect(answers[0]).toEqual(answers[1]);

    const leader = servers[seen.indexOf('leader')]!;
    const follower = servers[seen.indexOf('follower')]!;
    await leader.stop('SIGKILL');
    let took = '';
    for (let i = 0; i < 200 && took !== 'leader'; i++) {
      took = await role(follower);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(took).toBe('leader');
  }, 120_000);
});
