import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

// Issue 16: every study stops at the compute budget's deadline, the window studies as well as
// the heatmap. A deadline of 1 ms is over before any study has read its series from the store.
let deps: TestDeps;

beforeAll(async () => {
  deps = await freshDeps();
});
afterAll(() => deps?.cleanup());

describe(`the study deadline on ${storeKind}`, () => {
  it.each([
    '/api/window?at=2025-01-27&tickers=NVDA,AMD,AVGO',
    '/api/events/deepseek-selloff-2025-01-27/window?tickers=NVDA,AMD,AVGO',
    '/api/heatmap?tickers=NVDA,AMD&windows=-1,1',
  ])('stops %s with 503 busy', async (url) => {
    const app = createApp(deps, { studyBudget: { deadlineMs: 1 } });
    const res = await app.request(url);
    expect(res.status).toBe(503);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('busy');
    expect(error.message).toContain('was stopped');
  });
});
