import { describe, expect, it } from 'vitest';
import { parseInstant } from './instant';
import { hasRealPrices, readPriceCsv, skippedNote } from './real-data.testing';
import {
  checkSessions,
  isNyseSession,
  nyseSessionsAfter,
  nyseSessionsBetween,
  sessionCloseUtc,
} from './sessions';

describe('checkSessions', () => {
  it('finds a missing session and a bar on a closed day', () => {
    // 2025-01-06..17: ten weekdays, 2025-01-09 closed.
    const data = ['2025-01-06', '2025-01-07', '2025-01-08', '2025-01-10', '2025-01-13'];
    data.push('2025-01-14', '2025-01-16', '2025-01-17', '2025-01-18');
    expect(checkSessions(data)).toEqual({ missing: ['2025-01-15'], unexpected: ['2025-01-18'] });
    expect(checkSessions([])).toEqual({ missing: [], unexpected: [] });
  });

  it('counts 250 NYSE sessions in 2025 and 252 in 2024', () => {
    // Published counts of NYSE trading days.
    expect(nyseSessionsBetween('2025-01-01', '2025-12-31')).toHaveLength(250);
    expect(nyseSessionsBetween('2024-01-01', '2024-12-31')).toHaveLength(252);
    expect(isNyseSession('2025-01-09')).toBe(false);
    expect(isNyseSession('2025-01-10')).toBe(true);
  });
});

describe('nyseSessionsAfter', () => {
  it('counts the sessions after a date over weekends and holidays', () => {
    // Fri 2026-05-15 is the data's last session: Mon 18 to Fri 22 May follow.
    expect(nyseSessionsAfter('2026-05-15', 5)).toEqual([
      '2026-05-18',
      '2026-05-19',
      '2026-05-20',
      '2026-05-21',
      '2026-05-22',
    ]);
    // Mon 25 May 2026 is Memorial Day.
    expect(nyseSessionsAfter('2026-05-22', 2)).toEqual(['2026-05-26', '2026-05-27']);
    expect(nyseSessionsAfter('2026-05-22', 0)).toEqual([]);
  });
});

describe.skipIf(!hasRealPrices)(
  `checkSessions on the real QQQ bars (${hasRealPrices ? 'present' : skippedNote})`,
  () => {
    it('agrees with the NYSE calendar over 2021-01 to 2026-05', () => {
      const dates = readPriceCsv('QQQ').map((r) => r.date);
      expect(dates[0]).toBe('2021-01-04');
      expect(dates.at(-1)).toBe('2026-05-15');
      // The data README's count of sessions in the files.
      expect(dates).toHaveLength(1348);
      expect(checkSessions(dates)).toEqual({ missing: [], unexpected: [] });
    });
  },
);

describe('parseInstant', () => {
  it('reads offsets, Z and fractions', () => {
    expect(parseInstant('2025-01-26T19:05:00-05:00')).toEqual({
      epochMs: Date.parse('2025-01-27T00:05:00Z'),
      dayOnly: false,
    });
    expect(parseInstant('2025-01-27T14:30Z').epochMs).toBe(Date.parse('2025-01-27T14:30:00Z'));
    expect(parseInstant('2025-01-27T14:30:00.250+01:00').epochMs).toBe(
      Date.parse('2025-01-27T13:30:00.250Z'),
    );
  });

  it('reads a bare date as New York midnight in winter and summer', () => {
    expect(parseInstant('2025-01-27')).toEqual({
      epochMs: Date.parse('2025-01-27T05:00:00Z'),
      dayOnly: true,
    });
    expect(parseInstant('2025-07-01').epochMs).toBe(Date.parse('2025-07-01T04:00:00Z'));
    // The DST switch days themselves: midnight is before the 02:00 change.
    expect(parseInstant('2025-03-09').epochMs).toBe(Date.parse('2025-03-09T05:00:00Z'));
    expect(parseInstant('2025-11-02').epochMs).toBe(Date.parse('2025-11-02T04:00:00Z'));
  });

  it('closes at 16:00 local on both sides of a DST change', () => {
    expect(sessionCloseUtc('2025-03-07')).toBe(Date.parse('2025-03-07T16:00:00-05:00'));
    expect(sessionCloseUtc('2025-03-10')).toBe(Date.parse('2025-03-10T16:00:00-04:00'));
  });
});
