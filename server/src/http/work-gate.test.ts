import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { errorHandler } from './on-error';
import { WorkGate, type WorkGateOptions } from './work-gate';

const base: WorkGateOptions = {
  unit: 'units',
  maxCost: 1000,
  perClient: null,
  heavyCost: 100,
  maxRunning: 1,
  maxQueued: 1,
  queueWaitMs: 60_000,
  deadlineMs: 60_000,
};

/** An app whose `/work?cost=` runs until `release()`; `/light` and `/health` do no work. */
function gatedApp(options: Partial<WorkGateOptions>) {
  const gate = new WorkGate({ ...base, ...options });
  const waiting: (() => void)[] = [];
  const app = new Hono();
  app.onError(errorHandler({ error: () => {} }));
  app.get('/work', (c) =>
    gate.run(c, Number(c.req.query('cost')), async (signal) => {
      await new Promise<void>((resolve, reject) => {
        waiting.push(resolve);
        signal.addEventListener('abort', () => reject(signal.reason));
      });
      return c.text('done');
    }),
  );
  app.get('/health', (c) => c.text('ok'));
  const release = () => {
    for (const r of waiting.splice(0)) r();
  };
  const started = () => waiting.length;
  return { app, release, started };
}

const tick = () => new Promise((r) => setTimeout(r, 10));

describe('WorkGate', () => {
  it('refuses a request over the maximum cost with a 400 that states the limit', async () => {
    const { app } = gatedApp({});
    const res = await app.request('/work?cost=1001');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('over the limit of 1,000');
  });

  it('charges each client by cost: 1,000 units allow two requests of 400, not a third', async () => {
    const { app, release } = gatedApp({ perClient: { capacity: 1000, refillPerSecond: 0.001 } });
    const first = app.request('/work?cost=400');
    const second = app.request('/work?cost=400');
    await tick();
    const third = await app.request('/work?cost=400');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    release();
    await tick();
    release();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
  });

  it('runs one heavy study, queues one, refuses the next with 503 and Retry-After', async () => {
    const { app, release, started } = gatedApp({});
    const running = app.request('/work?cost=500');
    const queued = app.request('/work?cost=500');
    await tick();
    expect(started()).toBe(1);
    const refused = await app.request('/work?cost=500');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    // Light work and other routes do not wait behind the heavy one.
    const light = app.request('/work?cost=50');
    expect((await app.request('/health')).status).toBe(200);
    await tick();
    expect(started()).toBe(2);
    release();
    expect((await running).status).toBe(200);
    expect((await light).status).toBe(200);
    await tick();
    release();
    expect((await queued).status).toBe(200);
  });

  it('gives up on a queued study after the queue wait, with 503', async () => {
    const { app, release } = gatedApp({ queueWaitMs: 20 });
    const running = app.request('/work?cost=500');
    await tick();
    const late = await app.request('/work?cost=500');
    expect(late.status).toBe(503);
    release();
    expect((await running).status).toBe(200);
  });

  it('stops a study at its deadline and answers 503', async () => {
    const { app } = gatedApp({ deadlineMs: 20 });
    const res = await app.request('/work?cost=500');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('was stopped');
    // The slot was given back: the next heavy study runs.
    const again = await app.request('/work?cost=500');
    expect(again.status).toBe(503);
    expect(await again.text()).toContain('was stopped');
  });
});
