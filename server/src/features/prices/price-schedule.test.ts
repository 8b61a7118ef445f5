import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../logger';
import { SourceRegistry } from '../health/source-registry';
import { NetworkUnreachableError } from './price-errors';
import type { PriceIngestReport } from './price-ingest.report';
import { lastClosedSession, nextSlot, retryDelayMs, startPriceSchedule } from './price-schedule';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('price schedule times', () => {
  it('runs at 16:30 and 20:00 New York on sessions, in UTC across daylight saving', () => {
    // Tue 6 Jan 2026 (EST, UTC-5): 16:30 is 21:30Z, 20:00 is 01:00Z the next day.
    expect(iso(nextSlot(at('2026-01-06T15:00:00Z')))).toBe('2026-01-06T21:30:00.000Z');
    expect(iso(nextSlot(at('2026-01-06T21:30:00Z')))).toBe('2026-01-07T01:00:00.000Z');
    // Mon 6 Jul 2026 (EDT, UTC-4): 16:30 is 20:30Z.
    expect(iso(nextSlot(at('2026-07-06T12:00:00Z')))).toBe('2026-07-06T20:30:00.000Z');
  });

  it('skips weekends and holidays, and runs at 13:30 after an early close', () => {
    // After Friday 2 Jan 2026's 20:00 run: Monday 5 Jan, 16:30 EST.
    expect(iso(nextSlot(at('2026-01-03T01:00:00Z')))).toBe('2026-01-05T21:30:00.000Z');
    // Wed 24 Dec 2025 closes at 13:00; 25 Dec is Christmas.
    expect(iso(nextSlot(at('2025-12-24T15:00:00Z')))).toBe('2025-12-24T18:30:00.000Z');
    expect(iso(nextSlot(at('2025-12-25T01:00:00Z')))).toBe('2025-12-26T21:30:00.000Z');
  });

  it('knows the last closed session', () => {
    expect(lastClosedSession(at('2026-01-06T20:59:00Z'))).toBe('2026-01-05');
    expect(lastClosedSession(at('2026-01-06T21:00:00Z'))).toBe('2026-01-06');
    // Sunday 4 Jan 2026 -> Friday 2 Jan.
    expect(lastClosedSession(at('2026-01-04T12:00:00Z'))).toBe('2026-01-02');
  });

  it('retries after 5, 10, 20 minutes... up to 2 hours, plus up to a fifth', () => {
    expect(retryDelayMs(1, () => 0)).toBe(300_000);
    expect(retryDelayMs(3, () => 0)).toBe(1_200_000);
    expect(retryDelayMs(9, () => 0)).toBe(7_200_000);
    expect(retryDelayMs(1, () => 1)).toBe(360_000);
  });
});

function fakeDeps(lastBar: string | null) {
  const sources = new SourceRegistry();
  return { log: silentLogger, sources, lastStoredDate: async () => lastBar };
}

const report = (stoppedBy: NetworkUnreachableError | null): PriceIngestReport => ({
  source: 'yahoo',
  startedAt: '2026-01-06T21:30:00.000Z',
  finishedAt: '2026-01-06T21:30:01.000Z',
  outcomes: [],
  rowsWritten: 0,
  rowsChanged: 0,
  stoppedBy,
});

describe('price schedule', () => {
  afterEach(() => vi.useRealTimers());

  it('catches up at start when the store misses the last session, then follows the closes', async () => {
    vi.useFakeTimers({ now: at('2026-01-06T22:00:00Z') });
    const deps = fakeDeps('2025-12-31');
    const update = vi.fn(async () => report(null));
    const schedule = startPriceSchedule({ ...deps, update, startDelayMs: 1_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(iso(schedule.nextRunAt())).toBe('2026-01-06T22:00:01.000Z');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(update).toHaveBeenCalledTimes(1);
    expect(iso(schedule.nextRunAt())).toBe('2026-01-07T01:00:00.000Z');
    await schedule.stop();
    expect(schedule.nextRunAt()).toBeNull();
  });

  it('waits for the next slot when the store is current', async () => {
    vi.useFakeTimers({ now: at('2026-01-06T22:00:00Z') });
    const deps = fakeDeps('2026-01-06');
    const update = vi.fn(async () => report(null));
    const schedule = startPriceSchedule({ ...deps, update });
    await vi.advanceTimersByTimeAsync(0);
    expect(iso(schedule.nextRunAt())).toBe('2026-01-07T01:00:00.000Z');
    expect(update).not.toHaveBeenCalled();
    await schedule.stop();
  });

  it('offline: reports the state with its next try, backs off, and never loops', async () => {
    vi.useFakeTimers({ now: at('2026-01-06T22:00:00Z') });
    const deps = fakeDeps('2025-12-31');
    const offline = new NetworkUnreachableError({ ticker: 'AAPL', errno: 'ENOTFOUND' });
    const update = vi.fn(async () => report(offline));
    const schedule = startPriceSchedule({ ...deps, update, startDelayMs: 0, random: () => 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(update).toHaveBeenCalledTimes(1);
    expect(iso(schedule.nextRunAt())).toBe('2026-01-06T22:05:00.000Z');
    expect(deps.sources.list()).toEqual([
      expect.objectContaining({
        source: 'yahoo',
        state: 'offline',
        nextAttemptAt: '2026-01-06T22:05:00.000Z',
        message:
          'Yahoo Finance is unreachable: AAPL: network unreachable (ENOTFOUND). Next try at 2026-01-06T22:05:00.000Z.',
      }),
    ]);
    // 10 minutes later still offline: it tried twice (after 5 min, then waits 10).
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(update).toHaveBeenCalledTimes(2);
    expect(iso(schedule.nextRunAt())).toBe('2026-01-06T22:15:00.000Z');
    await schedule.stop();
  });

  it('stop aborts the run in progress and plans nothing after it', async () => {
    vi.useFakeTimers({ now: at('2026-01-06T22:00:00Z') });
    const deps = fakeDeps('2025-12-31');
    let seen: AbortSignal | undefined;
    const update = vi.fn(
      (signal: AbortSignal) =>
        new Promise<PriceIngestReport>((_resolve, reject) => {
          seen = signal;
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
    );
    const schedule = startPriceSchedule({ ...deps, update, startDelayMs: 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(update).toHaveBeenCalledTimes(1);
    await schedule.stop();
    expect(seen?.aborted).toBe(true);
    expect(schedule.nextRunAt()).toBeNull();
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(update).toHaveBeenCalledTimes(1);
  });
});
