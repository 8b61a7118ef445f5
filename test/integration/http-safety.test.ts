import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { freshDeps, type TestDeps } from '../support/test-store';

let deps: TestDeps;
beforeAll(async () => {
  deps = await freshDeps();
});
afterAll(() => deps?.cleanup());

describe('inbound safety', () => {
  it('sends secure headers and a content security policy without inline script', async () => {
    const res = await createApp(deps).request('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
  });

  it('sends HSTS only over HTTPS, and an X-Frame-Options that agrees with frame-ancestors', async () => {
    // Issue 16: HSTS came over plain HTTP, and X-Frame-Options said SAMEORIGIN beside 'none'.
    const plain = await createApp(deps).request('/api/health');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(plain.headers.get('x-frame-options')).toBe('DENY');
    const tls = await createApp(deps).request('https://aftershock.example/api/health');
    expect(tls.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    const spoofed = { headers: { 'x-forwarded-proto': 'https' } };
    const direct = await createApp(deps).request('/api/health', spoofed);
    expect(direct.headers.get('strict-transport-security')).toBeNull();
    const proxied = await createApp(deps, { trustedProxies: 1 }).request('/api/health', spoofed);
    expect(proxied.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });

  it('refuses an oversized query string and an oversized body with 413', async () => {
    const app = createApp(deps);
    const long = await app.request(`/api/prices?tickers=${'NVDA,'.repeat(1000)}NVDA`);
    expect(long.status).toBe(413);
    const body = await app.request('/api/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(100_000) }),
    });
    expect(body.status).toBe(413);
    expect(((await body.json()) as { error: { code: string } }).error.code).toBe(
      'payload_too_large',
    );
  });

  it('answers 429 with Retry-After once a client has used up its downloads', async () => {
    const app = createApp(deps, {
      rateLimits: {
        writes: { capacity: 1, refillPerSecond: 0.001 },
        exports: { capacity: 2, refillPerSecond: 0.001 },
      },
    });
    const url = '/api/window.csv?at=2025-01-27&tickers=NVDA&pre=0&post=0&model=raw';
    expect((await app.request(url)).status).toBe(200);
    expect((await app.request(url)).status).toBe(200);
    const third = await app.request(url);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    // Reading the JSON API is not limited.
    expect((await app.request('/api/window?at=2025-01-27&tickers=NVDA&pre=0&post=0')).status).toBe(
      200,
    );
  });

  it('refuses a NUL character (U+0000) in the query, the path or a JSON body with 400 naming it', async () => {
    // PostgreSQL text cannot hold U+0000: this query answered 500 before (found by the fuzzer).
    const token = 'nul-test-admin-token-0123';
    const app = createApp({ ...deps, adminToken: token });
    const envelope = async (res: Response) => {
      expect(res.status).toBe(400);
      return ((await res.json()) as { error: { code: string; message: string } }).error;
    };
    const query = await envelope(
      await app.request('/api/events?category=model-launch&from=2026-04-19&q=%00#frag'),
    );
    expect(query.code).toBe('bad_request');
    expect(query.message).toMatch(/^q: .*NUL/);
    const title = await app.request('/api/window?at=2025-01-27&tickers=NVDA&title=Deep%00Seek');
    expect((await envelope(title)).message).toMatch(/^title: /);
    expect((await envelope(await app.request('/api/events/deepseek%00'))).message).toMatch(
      /path.*NUL/,
    );
    const body = await envelope(
      await app.request('/api/events', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ occurredAt: '2025-02-03', title: 'a\u0000b', tickers: ['NVDA'] }),
      }),
    );
    expect(body.message).toMatch(/^title: .*NUL/);
    const stored = (await (await app.request('/api/events?origin=user')).json()) as {
      events: { title: string }[];
    };
    expect(stored.events.some((e) => e.title.startsWith('a'))).toBe(false);
    // The same words without the NUL are still fine.
    expect((await app.request('/api/events?q=chips')).status).toBe(200);
  });

  it('shows no stack trace or internal path when something breaks', async () => {
    const app = createApp(deps);
    app.get('/api/boom', () => {
      throw new Error(`cannot open ${deps.dataDir}/secret at Object.<anonymous> (/work/x.ts:1:1)`);
    });
    const res = await app.request('/api/boom');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toBe(
      '{"error":{"code":"internal","message":"Internal error; it has been logged."}}',
    );
  });

  it('needs the read token for reading when AUTH_READ_TOKEN is set, but not for health', async () => {
    const app = createApp({
      ...deps,
      readToken: 'read-token-0123456789',
      adminToken: 'admin-token-0123456789',
    });
    expect((await app.request('/api/companies')).status).toBe(401);
    const auth = (t: string) => ({ headers: { authorization: `Bearer ${t}` } });
    expect((await app.request('/api/companies', auth('wrong-token-0123456789'))).status).toBe(401);
    expect((await app.request('/api/companies', auth('read-token-0123456789'))).status).toBe(200);
    expect((await app.request('/api/companies', auth('admin-token-0123456789'))).status).toBe(200);
    expect((await app.request('/api/health')).status).toBe(200);
  });
});
