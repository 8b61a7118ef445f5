import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { errorEnvelopeSchema } from '@aftershock/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { repoRoot } from '../../server/src/env';
import { createYahooAdapter } from '../../server/src/features/prices/yahoo.adapter';
import { ownFixture, toResponse } from '../../server/src/features/prices/yahoo-fixture-fetch';
import { OutboundPolicy, type ResolvedAddress } from '../../server/src/http/outbound-policy';
import { freshDeps, type TestDeps } from '../support/test-store';
import {
  adminToken,
  type FuzzRequest,
  fuzzRequest,
  readRequest,
  readToken,
  strayRequest,
  writeRequest,
} from './fuzz-requests';

/** What the API may answer: no 5xx, ever (403 is "writes disabled": no ADMIN_TOKEN). */
const allowed = new Set([200, 201, 400, 401, 403, 404, 409, 413, 429]);
/**
 * Signs of internals leaking into an answer: a stack frame, a source file, the repository or the
 * data folder. (A message may quote the caller's own input back, paths included.)
 */
const leaks = (body: string) =>
  /\bat [\w.<>]+ \(|node_modules|\.ts:\d+/.test(body) ||
  body.includes(repoRoot) ||
  body.includes(deps.dataDir);

let deps: TestDeps;
let webIndex: string | undefined;
let apps: Record<FuzzRequest['app'], ReturnType<typeof createApp>>;
const seen = new Map<string, Map<number, number>>();
let sent = 0;

const fakeDns: Record<string, string[]> = {
  'news.example': ['93.184.215.14'],
  'public.example': ['93.184.215.14'],
  'metadata.fuzz': ['169.254.169.254'],
  'private.fuzz': ['10.0.0.8'],
};

beforeAll(async () => {
  deps = await freshDeps({ adminToken });
  const index = path.join(repoRoot, 'web/dist/index.html');
  webIndex = existsSync(index) ? readFileSync(index, 'utf8') : undefined;
  // No network: Yahoo answers every chart with its recorded "no such symbol", DNS from a table.
  const notFound = ownFixture('chart-QQQQ-not-found.json');
  deps.priceProvider = createYahooAdapter({ fetch: async () => toResponse(notFound) });
  deps.feedPolicy = new OutboundPolicy({
    resolve: async (host): Promise<ResolvedAddress[]> => {
      const found = fakeDns[host];
      if (!found) throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return found.map((address) => ({ address, family: 4 }));
    },
  });
  apps = {
    open: createApp(deps, { rateLimits: false }),
    'writes-disabled': createApp({ ...deps, adminToken: undefined }, { rateLimits: false }),
    'read-token': createApp({ ...deps, readToken }, { rateLimits: false }),
    'rate-limited': createApp(deps),
  };
});

afterAll(async () => {
  const total = new Map<number, number>();
  for (const statuses of seen.values()) {
    for (const [s, n] of statuses) total.set(s, (total.get(s) ?? 0) + n);
  }
  const overall = [...total]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ');
  const lines = [...seen].map(
    ([route, statuses]) =>
      `${route.padEnd(34)} ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}x${n}`)
        .join(' ')}`,
  );
  console.log(`API fuzz: ${sent} requests (${overall})\n${lines.join('\n')}`);
  await deps?.cleanup();
});

/** The route's shape, for the tally: ids and queries folded away. */
const routeOf = (r: FuzzRequest) =>
  `${r.method} ${r.path
    .split('?')[0]
    ?.replace(/^\/api\/events\/[^/]+/, '/api/events/:id')
    .replace(/^\/api\/feeds\/.+/, '/api/feeds/:id')}`;

async function send(r: FuzzRequest): Promise<void> {
  const init: RequestInit = { method: r.method, headers: r.headers };
  if (r.body !== undefined) init.body = r.body;
  const res = await apps[r.app].request(r.path, init);
  sent++;
  const route = routeOf(r);
  const tally = seen.get(route) ?? new Map<number, number>();
  tally.set(res.status, (tally.get(res.status) ?? 0) + 1);
  seen.set(route, tally);
  const body = await res.text();
  const what = `${r.app} ${r.method} ${r.path.slice(0, 300)} -> ${res.status} ${body.slice(0, 300)}`;
  expect(allowed.has(res.status), what).toBe(true);
  // Outside the API only the web app's page is served, whatever the path.
  if (res.status === 200 && !r.path.startsWith('/api/') && r.method === 'GET') {
    expect(body, what).toBe(webIndex);
  }
  if (res.status >= 400 && r.method !== 'HEAD') {
    expect(res.headers.get('content-type'), what).toMatch(/^application\/json/);
    expect(errorEnvelopeSchema.safeParse(JSON.parse(body)).success, what).toBe(true);
    expect(leaks(body), what).toBe(false);
  }
}

const run = (arb: fc.Arbitrary<FuzzRequest>, numRuns: number) =>
  fc.assert(fc.asyncProperty(arb, send), { numRuns, endOnFailure: true });

describe('API fuzz: every endpoint, random and malformed input', { timeout: 20 * 60_000 }, () => {
  it('reads answer 2xx or a 4xx envelope, never a 5xx', async () => {
    await run(fuzzRequest(readRequest, 'open'), 6000);
  });

  it('writes with and without the admin token answer 2xx or a 4xx envelope', async () => {
    await run(fuzzRequest(writeRequest, 'open'), 2500);
  });

  it('writes are 403 with a how-to when no ADMIN_TOKEN is set, reads need AUTH_READ_TOKEN when set', async () => {
    await run(fuzzRequest(writeRequest, 'writes-disabled'), 500);
    await run(fuzzRequest(fc.oneof(readRequest, writeRequest), 'read-token'), 700);
  });

  it('unknown routes, methods and traversal answer 404 or 4xx, never a file', async () => {
    await run(fuzzRequest(strayRequest, 'open'), 500);
  });

  it('a rate-limited client gets 429 with Retry-After, in the envelope', async () => {
    await run(fuzzRequest(fc.oneof(readRequest, writeRequest), 'rate-limited'), 500);
    expect(sent).toBeGreaterThanOrEqual(10_000);
  });
});
