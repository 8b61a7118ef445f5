export interface NextCheckParams {
  /** Consecutive failures so far; 0 after a success. */
  errorCount: number;
  now: Date;
  /** Earliest time the server allows another request (Retry-After). */
  retryAfter?: Date | undefined;
  /** The polling interval of a healthy feed. */
  baseMs: number;
  /** Longest wait between two tries: a failing feed is still tried at least this often. */
  maxMs: number;
  /** A uniform draw in [0, 1). */
  random: number;
}

/** A Retry-After further out than this is treated as a misconfiguration, not obeyed. */
export const maxRetryAfterMs = 7 * 24 * 3_600_000;

/**
 * When to check a feed next: exponential backoff with "equal jitter" (M. Brooker, "Exponential
 * Backoff And Jitter", AWS Architecture Blog, 2015):
 *
 *   wait = min(maxMs, baseMs * 2^errorCount) * (1/2 + random/2)
 *   next = max(now + wait, min(retryAfter, now + 7 days))
 *
 * The wait never falls below half its cap, so a failing feed is never hammered, and never exceeds
 * maxMs, so a feed is never given up on. Jitter keeps many feeds from falling into step.
 */
export function nextCheck(params: NextCheckParams): Date {
  const { errorCount, now, retryAfter, baseMs, maxMs, random } = params;
  if (!(random >= 0 && random < 1)) throw new RangeError(`random must be in [0, 1): ${random}`);
  if (!(baseMs > 0 && maxMs >= baseMs)) throw new RangeError('need 0 < baseMs <= maxMs');
  const exponent = Math.min(Math.max(0, Math.floor(errorCount)), 52);
  const cap = Math.min(maxMs, baseMs * 2 ** exponent);
  const wait = cap * (0.5 + random / 2);
  const backoff = now.getTime() + wait;
  const allowed = retryAfter
    ? Math.min(retryAfter.getTime(), now.getTime() + maxRetryAfterMs)
    : Number.NEGATIVE_INFINITY;
  return new Date(Math.round(Math.max(backoff, allowed)));
}
