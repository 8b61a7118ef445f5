import type { WindowResult } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/src/app-deps';
import { curatedEvents } from '../../server/src/catalogue/curated-events';
import {
  computeWindow,
  type WindowRequest,
} from '../../server/src/features/analysis/window.service';
import { MarketData } from '../../server/src/features/market-data/market-data';
import { freshDeps, type TestDeps } from '../support/test-store';

let deps: TestDeps;
/** The same store, but with an LRU smaller than the universe: studies read slices. */
let sliced: AppDeps;
/** Loads that came back as a slice (a few hundred sessions, not the whole 2022-2025 series). */
let slices = 0;

beforeAll(async () => {
  deps = await freshDeps();
  const market = new MarketData(deps.store.db, deps.version, {
    calendarTicker: 'QQQ',
    maxSeries: 4,
  });
  const loadSlice = market.loadSlice.bind(market);
  market.loadSlice = async (ticker, range) => {
    const loaded = await loadSlice(ticker, range);
    if (loaded.series.dates.length < 400) slices += 1;
    return loaded;
  };
  sliced = { ...deps, market };
});
afterAll(() => deps?.cleanup());

/** Every figure equal to 1e-12 (relative), every text equal; the generation time aside. */
function expectSame(a: unknown, b: unknown, where: string): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a)) return void expect(Number.isNaN(b), where).toBe(true);
    expect(Math.abs(a - b), `${where}: ${a} vs ${b}`).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(a)),
    );
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    expect(b.length, `${where}.length`).toBe(a.length);
    for (const [i, x] of a.entries()) expectSame(x, b[i], `${where}[${i}]`);
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a).filter((k) => k !== 'generatedAt');
    expect(
      Object.keys(b)
        .filter((k) => k !== 'generatedAt')
        .sort(),
      where,
    ).toEqual(keys.sort());
    for (const k of keys) {
      expectSame(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${where}.${k}`,
      );
    }
    return;
  }
  expect(b, where).toEqual(a);
}

const tickers = ['NVDA', 'AVGO', 'ARM', 'SMCI', 'PLTR', 'MSFT', '^IXIC'];

describe('studies on slices of the series (a universe larger than the series LRU)', () => {
  it('give every curated event the same results as whole series, excluded tickers included', async () => {
    let compared = 0;
    let excluded = 0;
    for (const e of curatedEvents) {
      for (const variant of [
        { model: 'market', benchmark: 'QQQ', estimation: [-250, -11], pre: 5, post: 5 },
        {
          model: 'market-adjusted',
          benchmark: 'basket-ex:ai-chips',
          estimation: [-120, -21],
          pre: 20,
          post: 10,
        },
        { model: 'raw', benchmark: 'SPY', estimation: [-250, -11], pre: 0, post: 0 },
      ] as const) {
        const req: WindowRequest = {
          at: e.occurredAt,
          event: { id: e.id, title: e.title, occurredAt: e.occurredAt },
          tickers,
          pre: variant.pre,
          post: variant.post,
          model: variant.model,
          benchmark: variant.benchmark,
          estimation: [variant.estimation[0], variant.estimation[1]],
        };
        let whole: WindowResult;
        try {
          whole = (await computeWindow(deps, req)).result;
        } catch (error) {
          // Past the end of the data: the sliced path must refuse it the same way.
          await expect(computeWindow(sliced, req)).rejects.toThrow((error as Error).message);
          continue;
        }
        const part = (await computeWindow(sliced, req)).result;
        expectSame(whole, part, `${e.id} ${variant.model}`);
        compared += 1;
        excluded += whole.results.filter((r) => r.status === 'excluded').length;
      }
    }
    expect(compared).toBeGreaterThan(90);
    expect(slices).toBeGreaterThan(compared * 3);
    // ARM (listed 2023-09), PLTR and SMCI early on: the exclusions are compared too.
    expect(excluded).toBeGreaterThan(0);
  });
});
