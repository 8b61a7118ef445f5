import type { HeatmapResult, WindowResult } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { storeEvent } from '../support/store-event';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await freshDeps();
  app = createApp(deps);
  // Thu 2026-05-14 10:00 ET (day 0 that day, two sessions before the data ends on Fri 05-15),
  // and Mon 2026-06-01 10:00 ET, after the data.
  for (const [id, occurredAt] of [
    ['user-live-2026-05-14', '2026-05-14T14:00:00.000Z'],
    ['user-future-2026-06-01', '2026-06-01T14:00:00.000Z'],
  ] as const) {
    const title = `Test event ${id}`;
    await storeEvent(deps.store.db, { id, title, occurredAt, origin: 'user', tickers: ['NVDA'] });
  }
  deps.version.bump();
});
afterAll(() => deps?.cleanup());

const json = async <T>(path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T };
};

describe(`live studies, on ${storeKind}`, () => {
  it('answers a window on the last session with 1 session of 6 and the 5 pending named', async () => {
    const { status, body } = await json<WindowResult>(
      '/api/window?at=2026-05-15&tickers=NVDA&pre=5&post=5',
    );
    expect(status).toBe(200);
    expect(body.day0).toBe('2026-05-15');
    expect(body.post).toBe(5);
    expect(body.sessionsAvailable).toBe(1);
    // The NYSE sessions after Fri 2026-05-15: Mon 18 to Fri 22 May.
    expect(body.pendingSessions).toEqual([
      '2026-05-18',
      '2026-05-19',
      '2026-05-20',
      '2026-05-21',
      '2026-05-22',
    ]);
    const nvda = body.results[0];
    if (nvda?.status !== 'ok') throw new Error('NVDA should be studied');
    expect(nvda.days.map((d) => d.offset)).toEqual([-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]);
    const pending = nvda.days.filter((d) => d.pending);
    expect(pending.map((d) => d.date)).toEqual(body.pendingSessions);
    expect(pending.every((d) => d.return === null && d.car === null)).toBe(true);
    // Closes 235.74 -> 225.32 on 2026-05-15 (../shared/data/prices/NVDA.csv).
    expect(nvda.days.find((d) => d.offset === 0)?.return).toBeCloseTo(225.32 / 235.74 - 1, 5);
    // CAR to date over [-5, 0] and its t, worked apart from the engine (plain OLS of NVDA on QQQ
    // over ../shared/data/prices, estimation [-250, -11], L2 = 6): 0.0345236, t 0.93144.
    expect(nvda.car).toBeCloseTo(0.0345236, 6);
    expect(nvda.carTStat).toBeCloseTo(0.93144, 4);
    expect(body.aggregate.notes[0]).toMatch(/live: 1 of 6 sessions/);
  });

  it('answers news after the last close with 0 sessions traded, day 0 and after pending', async () => {
    // Fri 2026-05-15 17:30 ET, after the close of the data's last session: day 0 is Mon 05-18.
    const { status, body } = await json<WindowResult>(
      '/api/window?at=2026-05-15T21:30:00Z&tickers=NVDA&pre=5&post=3',
    );
    expect(status).toBe(200);
    expect(body.day0).toBe('2026-05-18');
    expect(body.sessionsAvailable).toBe(0);
    expect(body.pendingSessions).toEqual(['2026-05-18', '2026-05-19', '2026-05-20', '2026-05-21']);
    const nvda = body.results[0];
    if (nvda?.status !== 'ok') throw new Error('NVDA should be studied');
    expect(nvda.days.map((d) => [d.offset, d.date, d.pending ?? false])).toEqual([
      [-5, '2026-05-11', false],
      [-4, '2026-05-12', false],
      [-3, '2026-05-13', false],
      [-2, '2026-05-14', false],
      [-1, '2026-05-15', false],
      [0, '2026-05-18', true],
      [1, '2026-05-19', true],
      [2, '2026-05-20', true],
      [3, '2026-05-21', true],
    ]);
    expect(nvda.days.filter((d) => d.pending).every((d) => d.car === null)).toBe(true);
    // Day -1: closes 235.74 -> 225.32 (../shared/data/prices/NVDA.csv).
    expect(nvda.days[4]?.return).toBeCloseTo(225.32 / 235.74 - 1, 5);
    // CAR to date over [-5, -1] and its t, worked apart from the engine: plain OLS of NVDA on
    // QQQ adjusted closes over ../shared/data/prices, estimation [-250, -11] around Mon 05-18
    // (L1 = 240, beta 1.46540), MacKinlay's Var(CAR): 0.0520524, t 1.53642.
    expect(nvda.car).toBeCloseTo(0.0520524, 6);
    expect(nvda.carTStat).toBeCloseTo(1.53642, 4);
    expect(body.aggregate.notes[0]).toMatch(/live: 0 of 4 sessions/);
  });

  it('counts the sessions traded so far for an event two sessions before the end', async () => {
    const { body } = await json<WindowResult>(
      '/api/events/user-live-2026-05-14/window?pre=2&post=5',
    );
    expect(body.day0).toBe('2026-05-14');
    expect(body.sessionsAvailable).toBe(2);
    expect(body.pendingSessions).toEqual(['2026-05-18', '2026-05-19', '2026-05-20', '2026-05-21']);
  });

  it('keeps a complete window complete', async () => {
    const { body } = await json<WindowResult>('/api/window?at=2026-05-07&tickers=NVDA&post=5');
    expect(body.sessionsAvailable).toBe(6);
    expect(body.pendingSessions).toEqual([]);
  });

  it('places live events in a heatmap, excludes the cells of one not traded yet with the reason', async () => {
    const ids = 'meta-q1-2026-capex-raise-2026-04-29,user-live-2026-05-14,user-future-2026-06-01';
    const { status, body } = await json<HeatmapResult>(
      `/api/heatmap?events=${ids}&tickers=NVDA,META&pre=1&post=3`,
    );
    expect(status).toBe(200);
    expect(body.events.map((e) => [e.id, e.day0, e.sessionsAvailable])).toEqual([
      // Meta reported after the close of Wed 04-29: day 0 Thu 04-30.
      ['meta-q1-2026-capex-raise-2026-04-29', '2026-04-30', 4],
      ['user-live-2026-05-14', '2026-05-14', 2],
      ['user-future-2026-06-01', '2026-06-01', 0],
    ]);
    expect(body.unplaced).toEqual([]);
    expect(body.cells).toHaveLength(6);
    const future = body.cells.filter((c) => c.eventId === 'user-future-2026-06-01');
    expect(future.map((c) => [c.status, c.car])).toEqual([
      ['excluded', null],
      ['excluded', null],
    ]);
    expect(future[0]?.reason).toMatch(/2026-06-01.*not traded yet.*2026-05-15/);
    // The mean across events takes only complete windows: one event here, two live left out.
    for (const t of body.acrossEvents) {
      expect(t.n).toBe(1);
      expect(t.notes[0]).toMatch(/2 live event/);
    }
  });
});
