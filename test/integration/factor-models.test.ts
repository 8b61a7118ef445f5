import type { WindowResult } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await freshDeps();
  app = createApp(deps, { rateLimits: false, studyBudget: false });
});
afterAll(() => deps?.cleanup());

const get = async (path: string) => {
  const res = await app.request(path);
  return {
    status: res.status,
    body: (await res.json()) as WindowResult & { error: { message: string } },
  };
};

describe(`factor models through the API, on ${storeKind}`, () => {
  it('studies NVDA and AMD around the DeepSeek Monday with FF5 from the embedded factors', async () => {
    const { status, body } = await get(
      '/api/window?at=2025-01-27&tickers=NVDA,AMD&pre=1&post=1&model=ff5',
    );
    expect(status).toBe(200);
    expect(body.model).toBe('ff5');
    // The embedded snapshot holds the 202604 release, 2021-01-04 to 2026-04-30 (SOURCES.md).
    expect(body.provenance.factors).toEqual({
      source: 'Kenneth R. French Data Library (embedded snapshot)',
      release: '202604',
      asOf: '2026-04-30',
    });
    const nvda = body.results[0];
    expect(nvda?.status).toBe('ok');
    expect(Object.keys(nvda?.loadings ?? {})).toEqual(['mktRf', 'smb', 'hml', 'rmw', 'cma']);
    expect(nvda?.estimationDays).toBe(240);
    expect(nvda?.df).toBe(234);
    expect(nvda?.r2).toBeGreaterThan(0);
    expect(body.aggregate.n).toBe(2);
    expect(body.aggregate.tests.find((t) => t.id === 'bmp-kp')?.statistic).toEqual(
      expect.any(Number),
    );
  });

  it('says when the window runs past the last factor date', async () => {
    const { status, body } = await get(
      '/api/window?at=2026-04-29&tickers=NVDA&pre=1&post=3&model=carhart',
    );
    expect(status).toBe(200);
    expect(body.aggregate.notes[0]).toContain('the factor data end on 2026-04-30 (release 202604)');
    const nulls = body.results[0]?.days.filter((d) => d.abnormalReturn === null).map((d) => d.date);
    expect(nulls).toEqual(['2026-05-01', '2026-05-04']);
  });

  it('refuses an unknown model with a 400 naming the field', async () => {
    const { status, body } = await get('/api/window?at=2025-01-27&tickers=NVDA&model=ff4');
    expect(status).toBe(400);
    expect(body.error.message).toContain('model');
    expect(body.error.message).toContain('ff5');
  });

  it('takes the factor models on the heatmap and the downloads', async () => {
    const heat = await app.request('/api/heatmap?tickers=NVDA&model=ff3&pre=1&post=1');
    expect(heat.status).toBe(200);
    const csv = await app.request(
      '/api/window.csv?at=2025-01-27&tickers=NVDA&model=ff5&pre=1&post=1',
    );
    const text = await csv.text();
    // A comment line's parts after a comma are neutralised for Excel (a leading ' before -11).
    expect(text).toMatch(
      /# Model in words: Fama-French 5 factors \+ risk-free, estimated over \[-250,'?-11\]/,
    );
    expect(text).toContain('Factor data');
    expect(text).toMatch(/Fit NVDA.*mktRf .*smb .*R2 .*240 sessions/);
  });
});
