import type { HeatmapResult, WindowResult } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { storeEvent } from '../support/store-event';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';
import { coreWeaveChart, yahooServing } from '../support/yahoo-serving';

const token = 'test-admin-token-0123456789';
const NOW = Date.parse('2026-01-06T22:00:00Z');
const curated = 'deepseek-selloff-2025-01-27';
const detected = 'detected-deepseek-app-store-2025-01-26';
// NVDA closed at 142.62 on Fri 2025-01-24 and 118.42 on Mon 2025-01-27 (../shared/data README).
const nvdaMonday = 118.42 / 142.62 - 1;

let deps: TestDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await freshDeps({ adminToken: token });
  app = createApp(deps);
  // The news pipeline's shape of a detected event that it matched to a curated one.
  await storeEvent(deps.store.db, {
    id: detected,
    title: 'DeepSeek app tops the US App Store',
    occurredAt: '2025-01-26T23:00:00.000Z',
    origin: 'detected',
    tickers: ['NVDA'],
    linkedEventId: curated,
  });
  deps.version.bump();
});
afterAll(() => deps?.cleanup());

const json = async <T>(path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T & { error: { message: string } } };
};

describe(`every event's study, on ${storeKind}`, () => {
  it('studies a detected event linked to a curated one, without counting the curated one as an overlap', async () => {
    const { status, body } = await json<WindowResult>(
      `/api/events/${detected}/window?pre=1&post=1&model=raw`,
    );
    expect(status).toBe(200);
    expect(body.event?.id).toBe(detected);
    expect(body.day0).toBe('2025-01-27');
    const nvda = body.results[0];
    const day0 = nvda && 'days' in nvda ? nvda.days.find((d) => d.offset === 0) : undefined;
    expect(day0?.return).toBeCloseTo(nvdaMonday, 4);
    expect(body.overlaps.map((o) => o.id)).not.toContain(curated);
  });

  it('puts a linked detected event in a heatmap beside its curated event', async () => {
    const { status, body } = await json<HeatmapResult>(
      `/api/heatmap?events=${detected},${curated}&tickers=NVDA&pre=0&post=0&model=raw`,
    );
    expect(status).toBe(200);
    expect(body.events.map((e) => e.id)).toEqual([detected, curated]);
    // Raw model, window [0, 0]: each cell's CAR is NVDA's return on Monday.
    for (const cell of body.cells) expect(cell.car).toBeCloseTo(nvdaMonday, 4);
  });

  it('refuses a user event naming tickers the store does not track: 404 naming them, nothing stored', async () => {
    const before = (await json<{ events: unknown[] }>('/api/events?origin=user')).body.events;
    const res = await app.request('/api/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        occurredAt: '2025-01-26T19:05:00-05:00',
        title: 'Analyst note on untracked names',
        category: 'deal',
        tickers: ['NVDA', 'NOPE', 'ZZZZ'],
      }),
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'Unknown tickers: NOPE, ZZZZ' },
    });
    const after = (await json<{ events: unknown[] }>('/api/events?origin=user')).body.events;
    expect(after).toHaveLength(before.length);
  });

  it('tracks and backfills an untracked ticker first when the admin asks (backfill: true)', async () => {
    const served = yahooServing({ CRWV: () => new Response(coreWeaveChart()) }, { now: NOW });
    // The routes read the provider from the deps they were made with.
    const withYahoo = createApp({ ...deps, priceProvider: served.provider });
    const res = await withYahoo.request('/api/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        occurredAt: '2025-04-01T10:00:00-04:00',
        title: 'Analyst note on CoreWeave',
        category: 'infrastructure',
        tickers: ['NVDA', 'CRWV'],
        backfill: true,
      }),
    });
    expect(res.status).toBe(201);
    expect(served.calls).toEqual(['CRWV']);
    const { id } = (await res.json()) as { id: string };
    const study = await json<WindowResult>(`/api/events/${id}/window?pre=0&post=0&model=raw`);
    expect(study.status).toBe(200);
    // Three sessions of history: CRWV is measured only as excluded, with the reason; NVDA is.
    const crwv = study.body.results.find((r) => r.ticker === 'CRWV');
    expect(crwv).toMatchObject({ status: 'excluded' });
    expect(crwv?.reason).toMatch(/estimation window|before the data/);
  });

  it('answers a study of an untracked ticker with 404 naming it', async () => {
    const { status, body } = await json(`/api/window?at=2025-01-27&tickers=NVDA,NOPE`);
    expect(status).toBe(404);
    expect(body.error.message).toBe('Unknown ticker: NOPE');
  });
});
