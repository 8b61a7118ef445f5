import { eventSetSchema, eventSetsResponseSchema, heatmapResultSchema } from '@aftershock/shared';
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
  app.request('/api/event-sets', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth && { authorization: auth }) },
    body: JSON.stringify(body),
  });

type Bars = { series: { bars: { date: string; adjClose: number }[] }[] };

/** Close-to-close return of a ticker on a session, from the prices endpoint. */
async function dayReturn(ticker: string, date: string): Promise<number> {
  const res = await app.request(`/api/prices?tickers=${ticker}&from=2022-01-01&to=2026-05-15`);
  const bars = ((await res.json()) as Bars).series[0]?.bars ?? [];
  const i = bars.findIndex((b) => b.date === date);
  return (bars[i]?.adjClose ?? 0) / (bars[i - 1]?.adjClose ?? 0) - 1;
}

describe(`event sets on ${storeKind}`, () => {
  it('lists the curated sets to everyone', async () => {
    const { sets } = eventSetsResponseSchema.parse(
      await (await app.request('/api/event-sets')).json(),
    );
    expect(sets.map((s) => s.id)).toEqual([
      'deepseek-week',
      'export-controls',
      'nvidia-results',
      'openai-deals',
    ]);
    expect(sets[0]?.eventIds).toContain('deepseek-selloff-2025-01-27');
  });

  it('saves a set with the admin token only, and names the field of a bad body', async () => {
    const body = {
      title: 'DeepSeek vs H20',
      eventIds: ['deepseek-selloff-2025-01-27', 'nvidia-h20-charge-2025-04-15'],
    };
    expect((await post(body, null)).status).toBe(401);
    const res = await post(body);
    expect(res.status).toBe(201);
    const saved = eventSetSchema.parse(await res.json());
    expect(saved.id).toMatch(/^set-deepseek-vs-h20-[0-9a-f]{6}$/);
    expect(saved.origin).toBe('saved');
    const opened = eventSetSchema.parse(
      await (await app.request(`/api/event-sets/${saved.id}`)).json(),
    );
    expect(opened.eventIds).toEqual(body.eventIds);
    for (const [bad, field] of [
      [{ ...body, title: '' }, 'title'],
      [{ ...body, eventIds: [] }, 'eventIds'],
      [{ ...body, eventIds: ['no-such-event'] }, 'eventIds'],
    ] as const) {
      const r = await post(bad);
      expect(r.status).toBe(400);
      expect(((await r.json()) as { error: { message: string } }).error.message).toContain(field);
    }
    expect((await app.request('/api/heatmap?sets=no-such-set')).status).toBe(400);
  });

  it("gives NVDA's mean day-0 CAR per set and Welch's t of the difference, by hand", async () => {
    const res = await app.request(
      '/api/heatmap?sets=deepseek-week,export-controls&tickers=NVDA&pre=0&post=0&model=market-adjusted&windows=0,0',
    );
    expect(res.status).toBe(200);
    const h = heatmapResultSchema.parse(await res.json());
    // Market-adjusted [0, 0]: AR = R_NVDA - R_QQQ on day 0, from the raw closes.
    const carsOf = async (setId: string) =>
      Promise.all(
        (h.sets.find((s) => s.id === setId)?.eventIds ?? []).map(async (id) => {
          const day0 = h.events.find((e) => e.id === id)?.day0 ?? '';
          return (await dayReturn('NVDA', day0)) - (await dayReturn('QQQ', day0));
        }),
      );
    const a = await carsOf('deepseek-week');
    const b = await carsOf('export-controls');
    expect(a.length).toBe(3);
    expect(b.length).toBe(5);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const v = (xs: number[]) =>
      xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1) / xs.length;
    const t = (mean(a) - mean(b)) / Math.sqrt(v(a) + v(b));
    const nvda = (setId: string) => h.setMeans.find((m) => m.setId === setId);
    expect(nvda('deepseek-week')?.caar).toBeCloseTo(mean(a), 10);
    expect(nvda('export-controls')?.caar).toBeCloseTo(mean(b), 10);
    const d = h.setDifferences[0];
    expect([d?.setA, d?.setB, d?.nA, d?.nB]).toEqual(['deepseek-week', 'export-controls', 3, 5]);
    expect(d?.difference).toBeCloseTo(mean(a) - mean(b), 10);
    expect(d?.welchT).toBeCloseTo(t, 8);
  });
});
