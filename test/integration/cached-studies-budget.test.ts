import { eventsResponseSchema } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

// Issue 16: cached answers are never starved. A study already in the cache costs no computation,
// so it is answered before the compute budget charges the client or takes a heavy slot.
let deps: TestDeps;
let events: string[];

beforeAll(async () => {
  deps = await freshDeps();
  const list = await createApp(deps, { studyBudget: false }).request('/api/events?origin=curated');
  events = eventsResponseSchema.parse(await list.json()).events.map((e) => e.id);
});
afterAll(() => deps?.cleanup());

const study = 'tickers=NVDA,AMD&pre=1&post=1&windows=-1,1';
const window = (estimation: string) =>
  `/api/window?at=2025-01-27&${study}&estimation=${estimation}`;
const heatmap = () => `/api/heatmap?events=${events.slice(0, 2).join(',')}&${study}`;

describe(`cached studies under the compute budget on ${storeKind}`, () => {
  it('answers a cached window and a cached heatmap after the client spent its budget', async () => {
    // Costs in ticker-event-sessions (tickers x events x sessions), the estimation window
    // [-250, -11] (240 sessions) plus [-1, +1]: a window 2 x 1 x 243 = 486, the heatmap of two
    // events 2 x 2 x 243 = 972; over [-240, -11], 2 x 1 x 233 = 466. A bucket of 2,000 that
    // barely refills: 2,000 - 486 - 972 - 466 = 76 is left, so a second 466 is refused.
    const app = createApp(deps, {
      studyBudget: { perClient: { capacity: 2_000, refillPerSecond: 1 }, heavyCost: 400 },
    });
    expect((await app.request(window('-250,-11'))).status).toBe(200);
    expect((await app.request(heatmap())).status).toBe(200);
    expect((await app.request(window('-240,-11'))).status).toBe(200);
    expect((await app.request(window('-239,-11'))).status).toBe(429);
    // Cached: no cost, no slot.
    expect((await app.request(window('-250,-11'))).status).toBe(200);
    expect((await app.request(heatmap())).status).toBe(200);
    // Not cached: still refused.
    expect((await app.request(window('-238,-11'))).status).toBe(429);
  }, 60_000);
});
