import { describe, expect, it } from 'vitest';
import { Day0Error } from './day0-error';
import { resolveLiveDay0 } from './live-day0';

// The data's sessions end on Fri 2026-05-15 (the embedded snapshot's last session).
const sessions = ['2026-05-13', '2026-05-14', '2026-05-15'];

describe('day 0 of news after the data', () => {
  it('is the data session when there is one, with nothing untraded', () => {
    const d = resolveLiveDay0({ at: '2026-05-15T14:00:00Z', sessions });
    expect([d.day0, d.untraded]).toEqual(['2026-05-15', []]);
  });

  it('hits Mon 2026-05-18 for news after the close of the last session', () => {
    // Fri 2026-05-15 17:30 ET (21:30 UTC, EDT): after the 16:00 close, weekend, then Monday.
    const d = resolveLiveDay0({ at: '2026-05-15T21:30:00Z', sessions });
    expect(d.day0).toBe('2026-05-18');
    expect(d.untraded).toEqual(['2026-05-18']);
    expect(d.reason).toMatch(/not traded yet \(the data ends on Fri 2026-05-15\)/);
  });

  it('names the untraded sessions before a later day 0, skipping Memorial Day', () => {
    // Wed 2026-05-27 10:00 ET; Mon 2026-05-25 is Memorial Day (NYSE closed).
    const d = resolveLiveDay0({ at: '2026-05-27T14:00:00Z', sessions });
    expect(d.day0).toBe('2026-05-27');
    expect(d.untraded).toEqual([
      '2026-05-18',
      '2026-05-19',
      '2026-05-20',
      '2026-05-21',
      '2026-05-22',
      '2026-05-26',
      '2026-05-27',
    ]);
  });

  it('keeps the after-data error beyond the years the NYSE calendar covers', () => {
    expect(() => resolveLiveDay0({ at: '2099-06-01', sessions })).toThrow(Day0Error);
  });
});
