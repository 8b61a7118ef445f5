import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { freshDeps, type TestDeps } from '../support/test-store';

let deps: TestDeps;
beforeAll(async () => {
  deps = await freshDeps();
});
afterAll(() => deps?.cleanup());

describe('OpenAPI document', () => {
  it('describes every public endpoint of design.md with its query parameters', async () => {
    const res = await createApp(deps).request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { parameters: { name: string; in: string }[] }>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/health',
      '/api/companies',
      '/api/prices',
      '/api/events',
      '/api/events/{id}',
      '/api/events/{id}/window',
      '/api/window',
      '/api/heatmap',
      '/api/window.csv',
      '/api/window.xlsx',
      '/api/window.json',
    ]) {
      expect(doc.paths[path]?.get, path).toBeDefined();
    }
    const windowParams = doc.paths['/api/window']?.get?.parameters.map((p) => p.name);
    expect(windowParams).toEqual(
      expect.arrayContaining(['at', 'tickers', 'pre', 'post', 'model', 'benchmark', 'estimation']),
    );
    const prices = doc.paths['/api/prices']?.get?.parameters.map((p) => p.name);
    expect(prices).toEqual(['tickers', 'from', 'to']);
  });

  it('says which endpoints pass the compute budget and may answer 503 (issue 16)', async () => {
    const doc = (await (await createApp(deps).request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const studies = ['/api/events/{id}/window', '/api/window', '/api/heatmap'].flatMap((p) => [
      p,
      `${p}.csv`,
      `${p}.xlsx`,
      `${p}.json`,
    ]);
    for (const path of studies) expect(doc.paths[path]?.get?.responses['503'], path).toBeDefined();
    for (const path of ['/api/health', '/api/events', '/api/prices']) {
      expect(doc.paths[path]?.get?.responses['503'], path).toBeUndefined();
    }
  });
});
