import type { HealthResponse } from '@aftershock/shared';
import { describe, expect, it } from 'vitest';
import { sourceNotes } from './source-notes';

const source = (over: Partial<HealthResponse['sources'][number]>) => ({
  source: 'yahoo',
  kind: 'prices' as const,
  state: 'ok' as const,
  dataAsOf: '2026-05-15',
  lastIngestAt: null,
  lastIngestStatus: null,
  message: null,
  since: null,
  ...over,
});

describe('sourceNotes', () => {
  it('names an unreachable price source with the time it went down, in New York here', () => {
    const notes = sourceNotes(
      [
        // 13:12Z on 18 May 2026 is 09:12 in New York (EDT, UTC-4).
        source({ state: 'offline', since: '2026-05-18T13:12:00.000Z' }),
        source({ source: 'techcrunch', kind: 'news', state: 'offline' }),
        source({ source: 'wired', kind: 'news', state: 'ok' }),
        source({ source: 'ars', kind: 'news', state: 'idle' }),
      ],
      // 16:00Z on 18 May is noon the same day in New York.
      Date.parse('2026-05-18T16:00:00.000Z'),
    );
    expect(notes).toEqual([
      'Yahoo Finance unreachable since 09:12',
      '1 of 3 news feeds unreachable',
    ]);
  });

  it('gives the New York day when the source went down before today there', () => {
    const down = [source({ state: 'offline', since: '2026-05-18T13:12:00.000Z' })];
    // 03:30Z on 19 May is 23:30 on Mon 18 May in New York: still the same day there.
    expect(sourceNotes(down, Date.parse('2026-05-19T03:30:00.000Z'))).toEqual([
      'Yahoo Finance unreachable since 09:12',
    ]);
    // 04:30Z on 19 May is 00:30 on Tue 19 May in New York.
    expect(sourceNotes(down, Date.parse('2026-05-19T04:30:00.000Z'))).toEqual([
      'Yahoo Finance unreachable since Mon 18 May 09:12',
    ]);
  });

  it('names the sources as the server does, once, from shared', () => {
    const csv = [source({ source: 'csv', state: 'offline' })];
    expect(sourceNotes(csv)).toEqual(['CSV files unreachable']);
  });

  it('says nothing when every source is fine', () => {
    expect(sourceNotes([source({}), source({ source: 'csv', state: 'idle' })])).toEqual([]);
  });
});
