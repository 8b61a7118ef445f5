import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await freshDeps();
  app = createApp(deps);
});
afterAll(() => deps?.cleanup());

const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

type Event = {
  id: string;
  title: string;
  category: string;
  occurredAt: string;
  day0: string | null;
  day0Reason: string;
  tickers: string[];
  origin: string;
};

describe(`events API on ${storeKind}`, () => {
  it('lists at least 20 curated events from 2022-06 to 2026-05-15 in time order', async () => {
    const { status, body } = await get('/api/events');
    expect(status).toBe(200);
    const events = body.events as Event[];
    expect(events.length).toBeGreaterThanOrEqual(20);
    const times = events.map((e) => Date.parse(e.occurredAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const inRange = (e: Event) => e.occurredAt >= '2022-06' && e.occurredAt < '2026-05-16';
    expect(events.every(inRange)).toBe(true);
  });

  it('resolves the DeepSeek sell-off to Monday 2025-01-27 and says why', async () => {
    const { body } = await get('/api/events/deepseek-selloff-2025-01-27');
    const event = body as Event & { articles: unknown[] };
    expect(event.title).toMatch(/DeepSeek/);
    expect(event.day0).toBe('2025-01-27');
    expect(event.day0Reason).toMatch(/2025-01-27/);
    expect(event.origin).toBe('curated');
    expect(Array.isArray(event.articles)).toBe(true);
  });

  it('puts the R1 release of MLK Day on the next session', async () => {
    const { body } = await get('/api/events?from=2025-01-20&to=2025-01-20');
    const r1 = (body.events as Event[]).find((e) => /R1/.test(e.title));
    expect(r1?.day0).toBe('2025-01-21');
  });

  it('filters by ticker, category, dates and text', async () => {
    const { body } = await get(
      '/api/events?tickers=NVDA&category=earnings&from=2025-01-01&to=2025-12-31',
    );
    const events = body.events as Event[];
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.tickers).toContain('NVDA');
      expect(e.category).toBe('earnings');
      expect(e.occurredAt.slice(0, 4)).toBe('2025');
    }
    const { body: found } = await get('/api/events?q=deepseek');
    const texts = (found.events as (Event & { summary: string })[]).map((e) =>
      `${e.title} ${e.summary}`.toLowerCase(),
    );
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const t of texts) expect(t).toContain('deepseek');
  });

  it('takes the widest accepted dates (1900-01-01 to 2100-12-31) and refuses years beyond', async () => {
    const all = ((await get('/api/events')).body.events as Event[]).map((e) => e.id);
    const wide = await get('/api/events?from=1900-01-01&to=2100-12-31');
    expect(wide.status).toBe(200);
    expect((wide.body.events as Event[]).map((e) => e.id)).toEqual(all);
    for (const [query, field] of [
      ['from=0000-01-01', 'from'],
      ['to=9999-12-31', 'to'],
      ['from=2025-02-29', 'from'],
      ['to=2025-04-31', 'to'],
    ]) {
      const refused = await get(`/api/events?${query}`);
      expect(refused.status, query).toBe(400);
      expect((refused.body.error as { message: string }).message).toMatch(
        new RegExp(`^${field}: `),
      );
    }
    // The day before the end of the range still bounds it: nothing after 2024 comes back.
    const to2024 = (await get('/api/events?to=2024-12-31')).body.events as Event[];
    expect(to2024.length).toBeGreaterThan(0);
    expect(to2024.length).toBeLessThan(all.length);
    for (const e of to2024) expect(e.occurredAt.slice(0, 4) <= '2024').toBe(true);
  });

  it('answers 404 for an unknown event and 400 for a bad filter', async () => {
    expect((await get('/api/events/no-such-event')).status).toBe(404);
    const bad = await get('/api/events?category=gossip');
    expect(bad.status).toBe(400);
    expect((bad.body.error as { message: string }).message).toMatch(/gossip/);
  });
});
