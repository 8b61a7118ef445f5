import type { Context } from 'hono';
import { ApiError, badRequest } from './api-error';
import { clientKey, TokenBuckets, tooManyRequests } from './rate-limit';

/**
 * The compute budget of expensive requests (the studies), in cost units the caller estimates
 * before any work. Four limits, in the order a request meets them:
 * 1. a request over `maxCost` is refused (400, naming the limit);
 * 2. each client has a bucket of cost units (429 with Retry-After when it is dry);
 * 3. heavy work (cost at least `heavyCost`) runs at most `maxRunning` at a time, with a short
 *    queue of `maxQueued` waiting at most `queueWaitMs`; beyond either, 503 with Retry-After;
 * 4. the work gets an AbortSignal that fires after `deadlineMs`, and a work stopped by it is 503.
 * What is cheap (health, cached and light answers) never waits behind heavy work.
 */
export interface WorkGateOptions {
  maxCost: number;
  /** Cost units per client: burst and refill per second; null for no per-client limit. */
  perClient: { capacity: number; refillPerSecond: number } | null;
  heavyCost: number;
  maxRunning: number;
  maxQueued: number;
  queueWaitMs: number;
  deadlineMs: number;
  trustedProxies?: number;
  /** What a cost unit is, for the 400's message. */
  unit: string;
}

export class WorkGate {
  readonly #buckets: TokenBuckets | null;
  #running = 0;
  readonly #queue: (() => void)[] = [];

  constructor(readonly options: WorkGateOptions) {
    this.#buckets = options.perClient ? new TokenBuckets(options.perClient) : null;
  }

  /** Runs `work` within the budget, or throws the 400, 429 or 503 that says why not. */
  async run<T>(c: Context, cost: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const o = this.options;
    if (cost > o.maxCost) {
      throw badRequest(
        `this request would cost ${cost.toLocaleString('en-US')} ${o.unit}, over the limit of ${o.maxCost.toLocaleString('en-US')}: ask for fewer tickers, fewer events or a shorter estimation window`,
      );
    }
    const wait = this.#buckets?.take(clientKey(c, o.trustedProxies), cost) ?? 0;
    if (wait > 0) throw tooManyRequests(c, wait, 'Too much computation requested');
    if (cost < o.heavyCost) return this.#withDeadline(c, work);
    await this.#enter(c);
    try {
      return await this.#withDeadline(c, work);
    } finally {
      this.#leave();
    }
  }

  async #withDeadline<T>(c: Context, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const signal = AbortSignal.timeout(this.options.deadlineMs);
    try {
      return await work(signal);
    } catch (error) {
      // A study shared through the cache may have been stopped by another request's deadline.
      if (!signal.aborted && !isAbort(error)) throw error;
      const seconds = this.options.deadlineMs / 1000;
      throw busy(c, `the study took longer than ${seconds} s and was stopped`);
    }
  }

  async #enter(c: Context): Promise<void> {
    const o = this.options;
    if (this.#running < o.maxRunning) {
      this.#running += 1;
      return;
    }
    if (this.#queue.length >= o.maxQueued) throw busy(c, 'the server is busy with other studies');
    await new Promise<void>((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#queue.splice(this.#queue.indexOf(turn), 1);
        reject(busy(c, 'the server is busy with other studies'));
      }, o.queueWaitMs);
      this.#queue.push(turn);
    });
  }

  #leave(): void {
    // The slot passes straight to the next in the queue, so `running` does not change.
    const next = this.#queue.shift();
    if (next) next();
    else this.#running -= 1;
  }
}

const isAbort = (error: unknown) =>
  error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');

function busy(c: Context, why: string): ApiError {
  c.header('Retry-After', '2');
  return new ApiError(503, 'busy', `${why}; retry in 2 s.`);
}
