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
      'America/New_York',
    );
    expect(notes).toEqual([
      'Yahoo Finance unreachable since 09:12',
      '1 of 3 news feeds unreachable',
    ]);
  });

  it('says nothing when every source is fine', () => {
    expect(sourceNotes([source({}), source({ source: 'csv', state: 'idle' })])).toEqual([]);
  });
});
