import {
  isNyseSession,
  newYorkToEpoch,
  sessionCloseMinutes,
  sessionCloseUtc,
} from '@aftershock/shared';
import type { Logger } from 'pino';
import type { AppDeps } from '../../app-deps';
import type { SourceRegistry } from '../health/source-registry';
import { newYorkDate } from './ingest-window';
import { lastStoredDate } from './price-ingest.repo';
import type { PriceIngestReport } from './price-ingest.report';
import { priceSourceStatus } from './price-source-status';
import { updatePrices } from './price-update';
import { addDays } from './yahoo-dates';

/** Minutes after New York midnight of the late run: Yahoo has settled the day's figures by then. */
const LATE_RUN_MINUTES = 20 * 60;
/** The first run waits this long after the close for the closing auction's prints. */
const AFTER_CLOSE_MINUTES = 30;

/**
 * The next scheduled update after `nowMs`: 30 minutes after each NYSE session's close (16:30, or
 * 13:30 on an early close) and again at 20:00 New York time.
 */
export function nextSlot(nowMs: number): number {
  let date = newYorkDate(nowMs);
  for (let i = 0; i < 14; i++, date = addDays(date, 1)) {
    if (!isNyseSession(date)) continue;
    for (const minutes of [sessionCloseMinutes(date) + AFTER_CLOSE_MINUTES, LATE_RUN_MINUTES]) {
      const at = newYorkToEpoch(date, minutes);
      if (at > nowMs) return at;
    }
  }
  throw new Error(`no NYSE session within two weeks of ${new Date(nowMs).toISOString()}`);
}

/** The latest NYSE session that has closed by `nowMs`. */
export function lastClosedSession(nowMs: number): string {
  let date = newYorkDate(nowMs);
  while (!(isNyseSession(date) && sessionCloseUtc(date) <= nowMs)) date = addDays(date, -1);
  return date;
}

/**
 * The wait after `failures` failed runs in a row (unreachable, rate limited): 5 minutes, doubling
 * to at most 2 hours, plus up to a fifth at random so that restarted servers spread out.
 */
export function retryDelayMs(failures: number, random: () => number): number {
  const base = Math.min(2 * 60 * 60_000, 5 * 60_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (1 + random() / 5));
}

export interface PriceScheduleOptions {
  log: Logger;
  sources: SourceRegistry;
  /** The last session the store holds, to decide on a catch-up run at start. */
  lastStoredDate: () => Promise<string | null>;
  /** One update of every ticker. */
  update: (signal: AbortSignal) => Promise<PriceIngestReport>;
  now?: () => number;
  random?: () => number;
  /** How long the catch-up run waits after start, so that the server answers first. */
  startDelayMs?: number;
}

export interface PriceSchedule {
  /** When the next run starts (epoch ms), or null before the first is planned and after stop. */
  nextRunAt(): number | null;
  /** Cancels the timer, aborts a run in progress and waits for it to unwind. */
  stop(): Promise<void>;
}

/**
 * Keeps the stored prices current while the server runs: an update after each US close (see
 * `nextSlot`), one at start when the store misses the last closed session, and after a failed
 * run a retry with backoff (never later than the next regular slot). One run at a time; each
 * reports the source's state into `deps.sources`.
 */
export function startPriceSchedule(options: PriceScheduleOptions): PriceSchedule {
  const { log, sources, update } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let nextAt: number | null = null;
  let running: Promise<void> = Promise.resolve();
  let failures = 0;

  const plan = (at: number) => {
    if (controller.signal.aborted) return;
    nextAt = at;
    timer = setTimeout(
      () => {
        timer = null;
        running = runOnce();
      },
      Math.max(0, at - now()),
    );
    timer.unref?.();
  };

  const runOnce = async () => {
    nextAt = null;
    let report: PriceIngestReport | null = null;
    try {
      report = await update(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      log.error({ err: error }, 'scheduled price update failed');
    }
    if (controller.signal.aborted) return;
    failures = report && report.stoppedBy === null ? 0 : failures + 1;
    const regular = nextSlot(now());
    const at = failures > 0 ? Math.min(regular, now() + retryDelayMs(failures, random)) : regular;
    const nextAttemptAt = new Date(at).toISOString();
    if (report) sources.report(priceSourceStatus(report, { nextAttemptAt }));
    plan(at);
  };

  const starting = (async () => {
    try {
      const last = await options.lastStoredDate();
      const behind = last === null || last < lastClosedSession(now());
      plan(behind ? now() + (options.startDelayMs ?? 2_000) : nextSlot(now()));
    } catch (error) {
      log.error({ err: error }, 'could not plan the price updates');
    }
  })();

  return {
    nextRunAt: () => nextAt,
    async stop() {
      controller.abort(new Error('the server is shutting down'));
      if (timer) clearTimeout(timer);
      timer = null;
      nextAt = null;
      await starting;
      await running;
    },
  };
}

/** The schedule of a server: every stored ticker from its live provider. */
export function startServerPriceSchedule(deps: AppDeps): PriceSchedule {
  return startPriceSchedule({
    log: deps.log,
    sources: deps.sources,
    lastStoredDate: () => lastStoredDate(deps.store.db),
    update: (signal) => updatePrices(deps, { signal }),
  });
}
