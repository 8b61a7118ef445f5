export interface BackoffPolicy {
  /** The first wait when the provider names none. */
  baseMs: number;
  /** No wait is longer; a provider asking for more is retried on a later run instead. */
  maxMs: number;
}

/**
 * The wait before attempt `attempt + 1`: the provider's Retry-After when it gave one, else
 * `baseMs * 2^attempt`, plus up to half again at random so that clients throttled together do
 * not come back together. Null when the wait would exceed `maxMs`: give up for this run.
 */
export function backoffDelay(options: {
  attempt: number;
  retryAfterSeconds: number | null;
  policy: BackoffPolicy;
  random: () => number;
}): number | null {
  const { attempt, retryAfterSeconds, policy, random } = options;
  const base = retryAfterSeconds !== null ? retryAfterSeconds * 1000 : policy.baseMs * 2 ** attempt;
  if (base > policy.maxMs) return null;
  return Math.min(policy.maxMs, Math.round(base * (1 + random() / 2)));
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
