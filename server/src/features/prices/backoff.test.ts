import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, sleep } from './backoff';

const policy = { baseMs: 1_000, maxMs: 60_000 };

describe('backoffDelay', () => {
  it('doubles from the base, with up to 50% jitter', () => {
    expect(backoffDelay({ attempt: 0, retryAfterSeconds: null, policy, random: () => 0 })).toBe(
      1_000,
    );
    expect(backoffDelay({ attempt: 2, retryAfterSeconds: null, policy, random: () => 0 })).toBe(
      4_000,
    );
    expect(backoffDelay({ attempt: 2, retryAfterSeconds: null, policy, random: () => 1 })).toBe(
      6_000,
    );
  });

  it("waits at least the provider's Retry-After", () => {
    expect(backoffDelay({ attempt: 0, retryAfterSeconds: 20, policy, random: () => 0.5 })).toBe(
      25_000,
    );
  });

  it('gives up for this run when the wait would exceed the cap', () => {
    expect(
      backoffDelay({ attempt: 0, retryAfterSeconds: 3600, policy, random: () => 0 }),
    ).toBeNull();
    expect(backoffDelay({ attempt: 7, retryAfterSeconds: null, policy, random: () => 0 })).toBe(
      null,
    );
  });

  it('stays within [base, min(1.5 base, cap)] for any attempt and draw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, r) => {
          const wait = backoffDelay({
            attempt: n,
            retryAfterSeconds: null,
            policy,
            random: () => r,
          });
          const base = 1_000 * 2 ** n;
          if (base > policy.maxMs) return wait === null;
          return wait !== null && wait >= base && wait <= Math.min(1.5 * base, policy.maxMs);
        },
      ),
    );
  });
});

describe('sleep', () => {
  it("rejects with the signal's reason when aborted", async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    const reason = new Error('shutdown');
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });
});
