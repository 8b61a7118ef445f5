import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { rateLimit } from './rate-limit';

/** An app allowing each client two requests, with the clock stopped. */
function limitedApp(trustedProxies: number) {
  const app = new Hono();
  app.onError((e, c) => c.text(e.message, e instanceof ApiError ? e.status : 500));
  app.use(rateLimit({ capacity: 2, refillPerSecond: 1, now: () => 0, trustedProxies }));
  app.get('/', (c) => c.text('ok'));
  return app;
}

const statuses = async (app: Hono, forwardedFor: string[]) => {
  const out: number[] = [];
  for (const xff of forwardedFor) {
    out.push((await app.request('/', { headers: { 'x-forwarded-for': xff } })).status);
  }
  return out;
};

describe('rate limit behind a load balancer', () => {
  it('with no trusted proxy, ignores X-Forwarded-For: every request is the socket client', async () => {
    const app = limitedApp(0);
    expect(await statuses(app, ['1.1.1.1', '2.2.2.2', '3.3.3.3'])).toEqual([200, 200, 429]);
  });

  it('behind one proxy, gives each address the proxy saw its own bucket', async () => {
    const app = limitedApp(1);
    expect(await statuses(app, ['1.1.1.1', '2.2.2.2', '1.1.1.1', '2.2.2.2'])).toEqual([
      200, 200, 200, 200,
    ]);
    expect(await statuses(app, ['1.1.1.1', '2.2.2.2'])).toEqual([429, 429]);
  });

  it('is not fooled by addresses a client puts in front of the proxy entry', async () => {
    const app = limitedApp(1);
    // The proxy appends what it saw (9.9.9.9); what comes before it is the client's own claim.
    expect(
      await statuses(app, ['1.1.1.1, 9.9.9.9', '2.2.2.2, 9.9.9.9', '3.3.3.3, 9.9.9.9']),
    ).toEqual([200, 200, 429]);
  });

  it('behind two proxies, reads the entry the outer one appended', async () => {
    const app = limitedApp(2);
    expect(
      await statuses(app, [
        '6.6.6.6, 1.1.1.1, 10.0.0.2',
        '7.7.7.7, 1.1.1.1, 10.0.0.3',
        '1.1.1.1, 10.0.0.2',
      ]),
    ).toEqual([200, 200, 429]);
  });
});
