import type { HealthResponse } from '@aftershock/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { startFactorSchedule } from '../../server/src/features/factors/factor-schedule';
import { FrenchLibraryAdapter } from '../../server/src/features/factors/french-library.adapter';
import { libraryFetch } from '../../server/src/features/factors/french-library.testing';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

let deps: TestDeps | undefined;
afterEach(async () => {
  await deps?.cleanup();
  deps = undefined;
});

const health = async (d: TestDeps) => {
  const res = await createApp(d).request('/api/health');
  const body = (await res.json()) as HealthResponse;
  return body.sources.filter((s) => s.kind === 'factors');
};

const waitFor = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i += 1) await new Promise((r) => setTimeout(r, 10));
};

describe(`the factor schedule, on ${storeKind}`, () => {
  it('reports the library as offline, and health keeps the snapshot factors as of 2026-04-30', async () => {
    const d = await freshDeps();
    deps = d;
    const schedule = startFactorSchedule({
      db: d.store.db,
      source: new FrenchLibraryAdapter(async () => {
        throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND') });
      }),
      sources: d.sources,
      log: d.log,
      lastDate: async () => '2026-04-30',
      onChange: () => d.version.bump(),
      now: () => Date.parse('2026-12-08T02:00:00Z'),
      startDelayMs: 0,
    });
    await waitFor(() => d.sources.list().some((s) => s.kind === 'factors'));
    await schedule.stop();
    const sources = await health(d);
    expect(sources.find((s) => s.source === 'french-library')).toMatchObject({
      state: 'offline',
      message: expect.stringContaining('ENOTFOUND'),
    });
    expect(sources.find((s) => s.source === 'snapshot')?.dataAsOf).toBe('2026-04-30');
  });

  it('stores a new release with its release name, and health shows the library as of its last day', async () => {
    const d = await freshDeps();
    deps = d;
    let changed = 0;
    const start = Date.now();
    const schedule = startFactorSchedule({
      db: d.store.db,
      source: new FrenchLibraryAdapter(await libraryFetch()),
      sources: d.sources,
      log: d.log,
      lastDate: async () => null,
      onChange: () => {
        changed += 1;
      },
      startDelayMs: 0,
    });
    await waitFor(() => d.sources.list().some((s) => s.kind === 'factors'));
    await new Promise((r) => setTimeout(r, 50));
    // The next fetch is a month away (the library updates monthly), and it has not run again.
    const next = schedule.nextRunAt() ?? 0;
    expect(next - start).toBeGreaterThan(29.9 * 24 * 3600_000);
    await schedule.stop();
    expect(changed).toBe(1);
    const rows = await d.store.db
      .selectFrom('factor_returns')
      .select(['date', 'release', 'smb', 'smb5'])
      .where('source', '=', 'french-library')
      .orderBy('date')
      .execute();
    expect(rows).toEqual([
      { date: '2026-01-02', release: '202611', smb: -0.2, smb5: -0.1 },
      { date: '2026-01-05', release: '202611', smb: 0.35, smb5: 0.45 },
      { date: '2026-01-06', release: '202611', smb: 0.05, smb5: 0.1 },
    ]);
    const sources = await health(d);
    expect(sources.find((s) => s.source === 'french-library')).toMatchObject({
      state: 'ok',
      dataAsOf: '2026-01-06',
    });
  });
});
