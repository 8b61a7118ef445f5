import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AppDeps } from '../../app-deps';
import type { Database } from '../../store/schema';
import type { SourceRegistry } from '../health/source-registry';
import { retryDelayMs } from '../prices/price-schedule';
import { writeFactors } from './factor-import.service';
import { type FactorSource, FactorSourceFailed, FactorSourceOffline } from './factor-source.port';
import { FrenchLibraryAdapter } from './french-library.adapter';

const DAY = 24 * 60 * 60_000;
/** The library rebuilds its factors once a month. */
export const factorPeriodMs = 30 * DAY;
/** Stored factors older than this (by their last date) are fetched again soon after start. */
const STALE_MS = 45 * DAY;
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export interface FactorSchedule {
  nextRunAt(): number | null;
  stop(): Promise<void>;
}

/**
 * Keeps the factors current: a fetch soon after start when the stored ones are stale (or absent),
 * then one a month; after a failure a retry with the price schedule's backoff, at most a day
 * later. Each run reports the source's state (ok, offline, failing) into `sources`, so health and
 * the dashboard say when the library is unreachable, as they do for prices.
 */
export function startFactorSchedule(p: {
  db: Kysely<Database>;
  source: FactorSource;
  sources: SourceRegistry;
  log: Logger;
  /** The last stored factor date, or null. */
  lastDate: () => Promise<string | null>;
  /** Called after a run that changed rows (drops the study caches). */
  onChange: () => void;
  now?: () => number;
  startDelayMs?: number;
  timeoutMs?: number;
}): FactorSchedule {
  const now = p.now ?? Date.now;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let nextAt: number | null = null;
  let running: Promise<void> = Promise.resolve();
  let failures = 0;

  // setTimeout takes at most 2^31 - 1 ms (24.8 days): a month's wait is taken in steps.
  const plan = (at: number) => {
    if (controller.signal.aborted) return;
    nextAt = at;
    timer = setTimeout(
      () => {
        timer = null;
        if (now() < at) plan(at);
        else running = runOnce();
      },
      Math.min(MAX_TIMEOUT_MS, Math.max(0, at - now())),
    );
    timer.unref?.();
  };

  const report = (state: 'ok' | 'offline' | 'failing', message: string | null, at: number) =>
    p.sources.report({
      source: p.source.id,
      kind: 'factors',
      state,
      message,
      lastAttemptAt: new Date(now()).toISOString(),
      nextAttemptAt: new Date(at).toISOString(),
    });

  const runOnce = async () => {
    nextAt = null;
    let state: 'ok' | 'offline' | 'failing' = 'ok';
    let message: string | null = null;
    try {
      const batch = await p.source.fetchFactors({
        signal: controller.signal,
        timeoutMs: p.timeoutMs ?? 60_000,
      });
      const out = await writeFactors(p.db, { batch, source: p.source.id });
      if (out.rowsChanged > 0) p.onChange();
    } catch (error) {
      if (controller.signal.aborted) return;
      state = error instanceof FactorSourceOffline ? 'offline' : 'failing';
      message = error instanceof Error ? error.message : String(error);
      if (!(error instanceof FactorSourceOffline || error instanceof FactorSourceFailed)) {
        p.log.error({ err: error }, 'scheduled factor update failed');
      }
    }
    if (controller.signal.aborted) return;
    failures = state === 'ok' ? 0 : failures + 1;
    const at =
      failures === 0
        ? now() + factorPeriodMs
        : now() + Math.min(DAY, retryDelayMs(failures, Math.random));
    report(state, message, at);
    plan(at);
  };

  void p.lastDate().then(
    (last) => {
      const stale = last === null || now() - Date.parse(`${last}T00:00:00Z`) > STALE_MS;
      plan(now() + (stale ? (p.startDelayMs ?? 60_000) : factorPeriodMs));
    },
    (error: unknown) => p.log.error({ err: error }, 'could not read the stored factors'),
  );

  return {
    nextRunAt: () => nextAt,
    async stop() {
      controller.abort();
      if (timer !== null) clearTimeout(timer);
      await running;
    },
  };
}

/** The schedule as the server runs it: the French library unless the deps bring another source. */
export function startServerFactorSchedule(deps: AppDeps): FactorSchedule {
  return startFactorSchedule({
    db: deps.store.db,
    source: deps.factorSource ?? new FrenchLibraryAdapter(),
    sources: deps.sources,
    log: deps.log,
    lastDate: async () => (await deps.factors.load())?.asOf ?? null,
    onChange: () => deps.version.bump(),
  });
}
