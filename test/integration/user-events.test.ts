import { eventDetailSchema, eventsResponseSchema } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

const token = 'test-admin-token-0123456789';
let deps: TestDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await freshDeps({ adminToken: token });
  app = createApp(deps);
});
afterAll(() => deps?.cleanup());

const post = (body: unknown, auth: string | null = `Bearer ${token}`) =>
  app.request('/api/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth && { authorization: auth }) },
    body: JSON.stringify(body),
  });

describe(`POST /api/events (user events) on ${storeKind}`, () => {
  it('stores an event with origin user, resolves its day 0 and lists it', async () => {
    const res = await post({
      occurredAt: '2025-01-26T19:05:00-05:00',
      title: 'Analyst note: DeepSeek cost claims',
      category: 'model-launch',
      tickers: ['nvda', 'AVGO', 'NVDA'],
    });
    expect(res.status).toBe(201);
    const event = eventDetailSchema.parse(await res.json());
    expect(event.origin).toBe('user');
    expect(event.id).toMatch(/^user-analyst-note-deepseek-cost-claims-2025-01-26-[0-9a-f]{6}$/);
    // Sunday 19:05 ET: the market is closed, so the next session, Monday 2025-01-27, is day 0.
    expect(event.day0).toBe('2025-01-27');
    expect(event.tickers).toEqual(['AVGO', 'NVDA']);

    const list = eventsResponseSchema.parse(
      await (await app.request('/api/events?origin=user')).json(),
    );
    expect(list.events.map((e) => e.id)).toEqual([event.id]);
  });

  it('refuses a write without the admin token, and an invalid body, storing nothing', async () => {
    const body = { occurredAt: '2025-02-03', title: 'No token', tickers: ['NVDA'] };
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, 'Bearer wrong-token-wrong-token')).status).toBe(401);
    const bad = await post({ occurredAt: 'yesterday', title: 'x', tickers: [] });
    expect(bad.status).toBe(400);
    const message = JSON.stringify(await bad.json());
    expect(message).toContain('occurredAt');
    expect(message).toContain('tickers');
    const list = eventsResponseSchema.parse(
      await (await app.request('/api/events?origin=user')).json(),
    );
    expect(list.events.every((e) => e.title !== 'No token')).toBe(true);
  });

  it('answers 400 naming occurredAt for impossible dates and far years, storing nothing', async () => {
    // Found by the attack of issue 16: these answered 500 (or stored 0050 as 1950).
    for (const occurredAt of [
      '2025-02-29',
      '2025-04-31T09:30:00-04:00',
      '2100-02-29T12:00:00Z',
      '9999-12-31T20:00:00-05:00',
      '0050-06-01',
      '1899-12-31T23:00:00Z',
    ]) {
      const res = await post({ occurredAt, title: 'Impossible date', tickers: ['NVDA'] });
      expect(res.status, occurredAt).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toMatch(/^occurredAt: /);
    }
    const list = eventsResponseSchema.parse(
      await (await app.request('/api/events?origin=user')).json(),
    );
    expect(list.events.every((e) => e.title !== 'Impossible date')).toBe(true);
  });

  it('says how to enable writes when the server has no admin token', async () => {
    const open = createApp({ ...deps, adminToken: undefined });
    const res = await open.request('/api/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ occurredAt: '2025-02-03', title: 'Nope', tickers: ['NVDA'] }),
    });
    expect(res.status).toBe(403);
    expect(JSON.stringify(await res.json())).toContain('ADMIN_TOKEN');
  });
});
