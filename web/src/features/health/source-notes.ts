import type { HealthResponse } from '@aftershock/shared';

type Source = HealthResponse['sources'][number];

const names: Record<string, string> = { yahoo: 'Yahoo Finance', csv: 'CSV files' };

/** 09:12 in the reader's time zone (or the one given), for "unreachable since 09:12". */
function clock(iso: string, timeZone?: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone && { timeZone }),
  });
}

/**
 * The footer's words for sources that are not fine: a price source by name with the time it went
 * down, news feeds counted. Empty when every source is ok or idle.
 */
export function sourceNotes(sources: readonly Source[], timeZone?: string): string[] {
  const notes: string[] = [];
  for (const s of sources.filter((x) => x.kind === 'prices' && x.state !== 'ok')) {
    if (s.state === 'idle') continue;
    const name = names[s.source] ?? s.source;
    const what = s.state === 'offline' ? 'unreachable' : 'failing';
    notes.push(s.since ? `${name} ${what} since ${clock(s.since, timeZone)}` : `${name} ${what}`);
  }
  const feeds = sources.filter((x) => x.kind === 'news');
  const down = feeds.filter((x) => x.state === 'offline' || x.state === 'failing');
  if (down.length > 0) notes.push(`${down.length} of ${feeds.length} news feeds unreachable`);
  return notes;
}
