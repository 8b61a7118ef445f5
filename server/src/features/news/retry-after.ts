/**
 * Reads a Retry-After header (RFC 9110, section 10.2.3): either a number of seconds or an
 * HTTP date. Returns the earliest time another request is allowed, or undefined when the header
 * is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): Date | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    const seconds = Number(trimmed);
    return Number.isSafeInteger(seconds) ? new Date(now.getTime() + seconds * 1000) : undefined;
  }
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  // A date in the past means "now"; never schedule before the response arrived.
  return new Date(Math.max(at, now.getTime()));
}
