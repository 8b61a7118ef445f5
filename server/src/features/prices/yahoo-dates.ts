/** Maps an instant (epoch seconds) to the exchange's calendar date, `YYYY-MM-DD`. */
export type ExchangeDateFn = (epochSeconds: number) => string;

/**
 * Yahoo stamps a daily bar at the session's open (or, for a session still trading, at the last
 * trade), in UTC. Sydney opens at 23:00Z the day before, so the UTC date can be a day off: the
 * date must be read in the exchange's zone. The IANA zone is preferred because it follows
 * daylight saving; `gmtoffset` (the offset at recording time) is the fallback for a zone this
 * runtime's ICU does not know.
 */
export function exchangeDateFn(options: {
  timeZone: string;
  gmtOffsetSeconds: number;
}): ExchangeDateFn {
  const format = intlFormat(options.timeZone);
  if (format) return format;
  return (epochSeconds) =>
    new Date((epochSeconds + options.gmtOffsetSeconds) * 1000).toISOString().slice(0, 10);
}

function intlFormat(timeZone: string): ExchangeDateFn | null {
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  } catch (err) {
    if (err instanceof RangeError) return null;
    throw err;
  }
  return (epochSeconds) => {
    const parts = formatter.formatToParts(new Date(epochSeconds * 1000));
    const part = (type: Intl.DateTimeFormatPartTypes) =>
      parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  };
}

/** `YYYY-MM-DD` plus `days`, by the calendar (no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
