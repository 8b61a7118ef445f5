import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

// Issue 16, item 5: the write limiter ran before the token check, so 30 anonymous POSTs from an
// address used up the admin's budget for that address. The default budget is 30 writes.
const token = 'limits-admin-token-0123456789';
let deps: TestDeps;

beforeAll(async () => {
  deps = await freshDeps({ adminToken: token });
});
afterAll(() => deps?.cleanup());

const post = (app: ReturnType<typeof createApp>, auth: string | null) =>
  app.request('/api/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth && { authorization: auth }) },
    // Invalid on purpose (no tickers): an admitted write is a 400, and nothing is stored.
    body: JSON.stringify({ occurredAt: '2025-01-27', title: 'Limit probe', tickers: [] }),
  });

describe(`write limits count authenticated writes only, on ${storeKind}`, () => {
  it('40 anonymous writes are all 401 and leave the admin its whole budget of 30', async () => {
    const app = createApp(deps);
    for (let i = 0; i < 40; i++) expect((await post(app, null)).status).toBe(401);
    for (let i = 0; i < 10; i++)
      expect((await post(app, 'Bearer wrong-token-00000000')).status).toBe(401);
    for (let i = 0; i < 30; i++) expect((await post(app, `Bearer ${token}`)).status).toBe(400);
    const over = await post(app, `Bearer ${token}`);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('a server without ADMIN_TOKEN refuses writes with 403 before they count', async () => {
    const app = createApp({ ...deps, adminToken: undefined });
    for (let i = 0; i < 40; i++) expect((await post(app, null)).status).toBe(403);
  });
});
