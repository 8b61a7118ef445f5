import { eventsResponseSchema } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

// Issue 16, item 1: twelve heatmaps at once from one address, no token, took /api/health from
// 12 ms to 21.9 s. The studies now pass a compute budget (server/src/http/work-gate.ts, defaults
// in server/src/features/analysis/study-budget.ts). This test asserts statuses, never times.
let deps: TestDeps;
let curated: string[];
let tickers: string[];

beforeAll(async () => {
  deps = await freshDeps();
  const list = await createApp(deps, { studyBudget: false }).request('/api/events?origin=curated');
  curated = eventsResponseSchema.parse(await list.json()).events.map((e) => e.id);
  const companies = await createApp(deps, { studyBudget: false }).request('/api/companies');
  const body = (await companies.json()) as { companies: { ticker: string }[] };
  tickers = body.companies.map((c) => c.ticker);
});
afterAll(() => deps?.cleanup());

const heatmap = (estimation: string) =>
  `/api/heatmap?events=${curated.join(',')}&tickers=${tickers.join(',')}&estimation=${estimation}&pre=1&post=1&windows=-1,1`;

describe(`the studies' compute budget on ${storeKind}`, () => {
  it('refuses a study over the stated maximum with a 400 giving its cost and the limit', async () => {
    // The attack's heatmap: every stored ticker (27 in the snapshot) x every curated event over
    // [-1000, -11] (990 sessions) and [-1, +1] (3 sessions): T x N x 993 ticker-event-sessions.
    const cost = tickers.length * curated.length * 993;
    expect(cost).toBeGreaterThan(1_000_000);
    const res = await createApp(deps).request(heatmap('-1000,-11'));
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { message: string } };
    expect(error.message).toContain(cost.toLocaleString('en-US'));
    expect(error.message).toContain('limit of 1,000,000');
  });

  it('a flood of heatmaps gets 429 (one client) and 503 (many) while /api/health answers', async () => {
    // Behind one trusted proxy, so that each X-Forwarded-For is a client of its own.
    const app = createApp(deps, { trustedProxies: 1 });
    const from = (client: string) => ({ headers: { 'x-forwarded-for': client } });
    // 27 x N x (490 to 513 + 3), about 0.6 million each: under the maximum, and heavy. Each
    // its own study: a repeated one would be answered from the cache, free.
    const oneClient = Array.from({ length: 12 }, (_, i) =>
      app.request(heatmap(`-${500 + i},-11`), from('10.9.9.9')),
    );
    const manyClients = Array.from({ length: 12 }, (_, i) =>
      app.request(heatmap(`-${512 + i},-11`), from(`10.0.0.${i + 1}`)),
    );
    const health = Array.from({ length: 10 }, () => app.request('/api/health'));
    const window = app.request('/api/window?at=2025-01-27&tickers=NVDA', from('10.1.1.1'));
    const one = (await Promise.all(oneClient)).map((r) => r.status);
    const many = (await Promise.all(manyClients)).map((r) => r.status);
    expect((await Promise.all(health)).map((r) => r.status)).toEqual(Array(10).fill(200));
    expect((await window).status).toBe(200);
    const count = (statuses: number[], s: number) => statuses.filter((x) => x === s).length;
    expect(count(one, 429)).toBeGreaterThan(0);
    expect(count(many, 503)).toBeGreaterThan(0);
    expect(count([...one, ...many], 200)).toBeGreaterThan(0);
    for (const s of [...one, ...many]) expect([200, 429, 503]).toContain(s);
    const tally = (statuses: number[]) => [200, 429, 503].map((s) => `${s}: ${count(statuses, s)}`);
    console.log(`one client: ${tally(one).join(', ')}; 12 clients: ${tally(many).join(', ')}`);
  }, 120_000);
});
