const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/New_York',
  timeZoneName: 'longOffset',
});

/** New York's UTC offset at an instant: "-05:00" in winter, "-04:00" in summer. */
function offsetAt(epochMs: number): string {
  const name = offsetFormat.formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d{2}:\d{2})/.exec(name ?? '');
  return match?.[1] ?? '+00:00';
}

const minutes = (offset: string) =>
  (offset.startsWith('-') ? -1 : 1) *
  (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

/**
 * A New York wall-clock time as an ISO instant with its offset: `2025-01-26`, `19:05` ->
 * `2025-01-26T19:05:00-05:00`. The offset is read at the instant itself (a second pass handles the
 * hours next to a daylight-saving change). Without a time the bare date stands (time unknown).
 */
export function newYorkInstant(date: string, time: string): string {
  if (!time) return date;
  const wall = Date.parse(`${date}T${time}:00Z`);
  const first = offsetAt(wall);
  const offset = offsetAt(wall - minutes(first) * 60_000);
  return `${date}T${time}:00${offset}`;
}

/** Splits an instant from the URL back into the form's date and time fields. */
export function splitInstant(at: string): { date: string; time: string } {
  return { date: at.slice(0, 10), time: at.length > 10 ? at.slice(11, 16) : '' };
}
