import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { freshDeps, postgresUrl, type TestDeps } from '../support/test-store';

const name = postgresUrl
  ? 'two servers on one PostgreSQL'
  : 'two servers on one PostgreSQL (skipped: set TEST_DATABASE_URL)';

type Health = { ingest: string };
const token = 'scale-out-admin-token-0123456789';

describe.skipIf(!postgresUrl)(name, () => {
  let deps: TestDeps;
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    deps = await freshDeps();
    const env = {
      DATABASE_URL: deps.databaseUrl ?? '',
      SCHEDULE: 'on',
      INGEST_LOCK_RETRY_MS: '300',
      ADMIN_TOKEN: token,
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

    // A write through one server shows in the other's cached study within 5 seconds (README).
    const [writer, reader] = servers as [ServerProcess, ServerProcess];
    const at = '/api/window?at=2025-01-27&tickers=NVDA&pre=1&post=1';
    const overlapIds = async () =>
      (
        (await (await fetch(`${reader.url}${at}`)).json()) as { overlaps: { id: string }[] }
      ).overlaps.map((o) => o.id);
    const before = await overlapIds();
    const posted = await fetch(`${writer.url}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        occurredAt: '2025-01-28T10:00:00-05:00',
        title: 'Scale-out note',
        category: 'deal',
        tickers: ['NVDA'],
      }),
    });
    expect(posted.status).toBe(201);
    const { id } = (await posted.json()) as { id: string };
    expect(before).not.toContain(id);
    const wrote = performance.now();
    let shown = false;
    while (!shown && performance.now() - wrote < 5_500) {
      shown = (await overlapIds()).includes(id);
      if (!shown) await new Promise((r) => setTimeout(r, 100));
    }
    expect(shown, 'the other server saw the new event within 5.5 s').toBe(true);

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
