import type { WindowResult } from '@aftershock/shared';
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

async function dayZero(id: string, ticker: string) {
  const res = await app.request(
    `/api/events/${id}/window?tickers=${ticker}&pre=0&post=0&model=raw`,
  );
  expect(res.status, id).toBe(200);
  const body = (await res.json()) as WindowResult;
  const result = body.results[0];
  const day = result && 'days' in result ? result.days[0] : undefined;
  return { day0: body.day0, return: day?.return };
}

describe(`curated events of 2026 on the embedded prices, on ${storeKind}`, () => {
  it.each([
    // Closes from ../shared/data/prices; the moves the press reported beside them.
    // MSFT 481.63 -> 433.50 (-9.99%): "fell about 10%, its steepest drop since 2020".
    ['microsoft-fq2-fy26-results-2026-01-28', 'MSFT', '2026-01-29', 433.5 / 481.63 - 1],
    // META 669.12 -> 611.91 (-8.55%): "fell 8.6 percent the next day".
    ['meta-q1-2026-capex-raise-2026-04-29', 'META', '2026-04-30', 611.91 / 669.12 - 1],
  ])('puts %s after the close on the next session, %s', async (id, ticker, day0, move) => {
    const got = await dayZero(id, ticker);
    expect(got.day0).toBe(day0);
    expect(got.return).toBeCloseTo(move, 4);
  });

  it('puts TSMC results released in Taipei on the same US session', async () => {
    expect((await dayZero('tsmc-q4-2025-results-2026-01-15', 'TSM')).day0).toBe('2026-01-15');
  });
});
