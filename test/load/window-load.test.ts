import { describe, expect, it } from 'vitest';
import { disposeTemplate } from '../crash/crash-rig';
import { runWindowLoad } from './window-load';

describe('load: the window endpoint of a real server process', { timeout: 5 * 60_000 }, () => {
  it('30 s at 100 connections: no error, no non-2xx, resident memory within 20%', async () => {
    try {
      const f = await runWindowLoad({ seconds: 30, connections: 100, warmupSeconds: 10 });
      console.log(
        `window load: ${f.requests} requests in ${f.seconds} s at ${f.connections} connections ` +
          `(${f.distinctPaths} distinct studies): ${f.requestsPerSecond.toFixed(0)} req/s, ` +
          `p50 ${f.latencyP50Ms} ms, p99 ${f.latencyP99Ms} ms, ${f.errors} errors, ` +
          `${f.non2xx} non-2xx; RSS ${f.rssBeforeMiB.toFixed(1)} MiB after a ${f.warmupSeconds} s ` +
          `warm-up -> ${f.rssAfterMiB.toFixed(1)} MiB`,
      );
      expect(f.requests).toBeGreaterThan(0);
      expect(f.errors).toBe(0);
      expect(f.non2xx).toBe(0);
      expect(f.rssAfterMiB).toBeLessThanOrEqual(f.rssBeforeMiB * 1.2);
    } finally {
      disposeTemplate();
    }
  });
});
