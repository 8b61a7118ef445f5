import { type HealthResponse, sourceLabel } from '@aftershock/shared';

type Source = HealthResponse['sources'][number];

const newYork = 'America/New_York';

/**
 * "09:12" in New York, or "Mon 18 May 09:12" when that is not today there: a source down since
 * yesterday must not read as down since this morning.
 */
function since(iso: string, now: number): string {
  const at = new Date(iso);
  const day = (d: Date) => d.toLocaleDateString('en-CA', { timeZone: newYork });
  const time = at.toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: newYork,
  });
  if (day(at) === day(new Date(now))) return time;
  const date = at.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: newYork,
  });
  return `${date} ${time}`;
}

/**
 * The footer's words for sources that are not fine: a price source by name with the time it went
 * down, news feeds counted. Empty when every source is ok or idle.
 */
export function sourceNotes(sources: readonly Source[], now: number = Date.now()): string[] {
  const notes: string[] = [];
  for (const s of sources.filter((x) => x.kind === 'prices' && x.state !== 'ok')) {
    if (s.state === 'idle') continue;
    const name = sourceLabel(s.source);
    const what = s.state === 'offline' ? 'unreachable' : 'failing';
    notes.push(s.since ? `${name} ${what} since ${since(s.since, now)}` : `${name} ${what}`);
  }
  const feeds = sources.filter((x) => x.kind === 'news');
  const down = feeds.filter((x) => x.state === 'offline' || x.state === 'failing');
  if (down.length > 0) notes.push(`${down.length} of ${feeds.length} news feeds unreachable`);
  return notes;
}
