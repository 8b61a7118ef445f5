import type { AppDeps } from '../../app-deps';
import { type PollPassParams, type PollPassResult, pollFeedsOnce } from './ingest-live.service';
import { defaultFeedPolicy, guardedFeedSource } from './private-hosts';
import { createTagger } from './tagging';

export interface NewsScheduleOptions {
  log: PollPassParams['log'] & { error(obj: object, msg: string): void };
  /** One pass over the due feeds. */
  pass: (signal: AbortSignal) => Promise<PollPassResult>;
  /** How often to look for due feeds. Default one minute. */
  tickMs?: number;
  /** The first look waits this long after start, so that the server answers first. */
  startDelayMs?: number;
}

export interface NewsSchedule {
  /** Cancels the timer, aborts a pass in progress and waits for it to unwind. */
  stop(): Promise<void>;
}

/**
 * Polls the feeds while the server runs: every `tickMs` it runs one pass over the feeds whose
 * next check is due (each feed keeps its own schedule and backoff in the feeds table), one pass
 * at a time. A pass that fails is logged and the next tick tries again.
 */
export function startNewsSchedule(options: NewsScheduleOptions): NewsSchedule {
  const tickMs = options.tickMs ?? 60_000;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();

  const plan = (delayMs: number) => {
    if (controller.signal.aborted) return;
    timer = setTimeout(() => {
      timer = null;
      running = tick();
    }, delayMs);
    timer.unref?.();
  };

  const tick = async () => {
    try {
      await options.pass(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      options.log.error({ err: error }, 'news poll pass failed');
    }
    plan(tickMs);
  };

  plan(options.startDelayMs ?? 2_000);
  return {
    async stop() {
      controller.abort(new Error('the server is shutting down'));
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}

/** The schedule of a server: its store's feeds over HTTP. */
export function startServerNewsSchedule(deps: AppDeps): NewsSchedule {
  const source = guardedFeedSource(deps.feedPolicy ?? defaultFeedPolicy);
  const tagger = createTagger();
  return startNewsSchedule({
    log: deps.log,
    pass: (signal) =>
      pollFeedsOnce({
        db: deps.store.db,
        source,
        tagger,
        sources: deps.sources,
        log: deps.log,
        dueOnly: true,
        signal,
      }),
  });
}
