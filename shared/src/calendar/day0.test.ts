import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDay0 } from './day0';
import { Day0Error } from './day0-error';
import { hasRealPrices, readPriceCsv } from './real-data.testing';
import { sessionCloseUtc } from './sessions';

// Closures from the published NYSE lists, written out here so the synthetic sessions do not
// come from the code under test.
const closures2024to2025 = [
  '2024-01-01',
  '2024-01-15',
  '2024-02-19',
  '2024-03-29',
  '2024-05-27',
  '2024-06-19',
  '2024-07-04',
  '2024-09-02',
  '2024-11-28',
  '2024-12-25',
  '2025-01-01',
  '2025-01-09',
  '2025-01-20',
  '2025-02-17',
  '2025-04-18',
  '2025-05-26',
  '2025-06-19',
  '2025-07-04',
  '2025-09-01',
  '2025-11-27',
  '2025-12-25',
];

function syntheticSessions(): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(2024, 0, 2); t <= Date.UTC(2025, 11, 31); t += 86_400_000) {
    const d = new Date(t);
    const date = d.toISOString().slice(0, 10);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !closures2024to2025.includes(date)) {
      out.push(date);
    }
  }
  return out;
}

const sessions = hasRealPrices ? readPriceCsv('QQQ').map((r) => r.date) : syntheticSessions();
const day0Of = (at: string) => resolveDay0({ at, sessions });

describe(`day 0 (sessions from ${hasRealPrices ? 'QQQ.csv' : 'a synthetic NYSE list'})`, () => {
  it('moves weekend news to Monday', () => {
    const r = day0Of('2025-01-26T19:05:00-05:00');
    expect(r.day0).toBe('2025-01-27');
    expect(r.reason).toBe('published Sun 2025-01-26 19:05 ET, market closed -> Mon 2025-01-27');
    expect(r.dayOnly).toBe(false);
    expect(r.publishedLocal).toBe('2025-01-26T19:05:00-05:00');
    expect(day0Of('2025-01-26T19:00:00-05:00').day0).toBe('2025-01-27');
  });

  it('moves after-close news to the next session', () => {
    const r = day0Of('2025-02-26T16:20:00-05:00');
    expect(r.day0).toBe('2025-02-27');
    expect(r.reason).toBe(
      'published Wed 2025-02-26 16:20 ET, after the 16:00 close -> Thu 2025-02-27',
    );
  });

  it('treats the close instant itself as after the close', () => {
    expect(day0Of('2025-01-27T15:59:59-05:00').day0).toBe('2025-01-27');
    expect(day0Of('2025-01-27T16:00:00-05:00').day0).toBe('2025-01-28');
    expect(day0Of('2025-01-27T21:00:00Z').day0).toBe('2025-01-28');
  });

  it('sends DeepSeek R1 (MLK Day 2025) to Tuesday', () => {
    const r = day0Of('2025-01-20');
    expect(r.day0).toBe('2025-01-21');
    expect(r.dayOnly).toBe(true);
    expect(r.reason).toBe(
      'published Mon 2025-01-20 (Martin Luther King Jr. Day, market holiday) -> Tue 2025-01-21',
    );
  });

  it('skips the 2025-01-09 national day of mourning', () => {
    const r = day0Of('2025-01-08T19:00:00-05:00');
    expect(r.day0).toBe('2025-01-10');
    expect(r.reason).toBe(
      'published Wed 2025-01-08 19:00 ET, after the 16:00 close; Thu 2025-01-09 closed ' +
        '(National Day of Mourning for President Carter) -> Fri 2025-01-10',
    );
  });

  it('honours the 13:00 early close', () => {
    expect(day0Of('2024-11-29T14:00:00-05:00').day0).toBe('2024-12-02');
    expect(day0Of('2024-11-29T12:00:00-05:00').day0).toBe('2024-11-29');
    expect(day0Of('2025-11-28T14:00:00-05:00').reason).toBe(
      'published Fri 2025-11-28 14:00 ET, after the 13:00 early close -> Mon 2025-12-01',
    );
    expect(day0Of('2024-12-24T13:30:00-05:00').day0).toBe('2024-12-26');
  });

  it('follows both 2025 DST changes', () => {
    // Summer time began on Sun 2025-03-09: Monday's close is 16:00 EDT = 20:00Z.
    expect(sessionCloseUtc('2025-03-10')).toBe(Date.parse('2025-03-10T20:00:00Z'));
    expect(day0Of('2025-03-10T20:30:00Z').day0).toBe('2025-03-11');
    expect(sessionCloseUtc('2025-03-07')).toBe(Date.parse('2025-03-07T21:00:00Z'));
    // Winter time began on Sun 2025-11-02: Monday's close is 16:00 EST = 21:00Z.
    expect(sessionCloseUtc('2025-11-03')).toBe(Date.parse('2025-11-03T21:00:00Z'));
    expect(day0Of('2025-11-03T20:30:00Z').day0).toBe('2025-11-03');
    expect(sessionCloseUtc('2024-11-29')).toBe(Date.parse('2024-11-29T18:00:00Z'));
    expect(sessionCloseUtc('2025-07-03')).toBe(Date.parse('2025-07-03T17:00:00Z'));
  });

  it('reads a bare date as 00:00 New York time, known only to the day', () => {
    const r = day0Of('2025-01-27');
    expect(r.day0).toBe('2025-01-27');
    expect(r.dayOnly).toBe(true);
    expect(r.publishedLocal).toBe('2025-01-27');
    expect(r.reason).toBe(
      'published Mon 2025-01-27 (time unknown, taken as 00:00 ET), before the 09:30 open -> Mon 2025-01-27',
    );
    expect(day0Of('2025-01-25').reason).toBe(
      'published Sat 2025-01-25, market closed -> Mon 2025-01-27',
    );
  });

  it('explains news during the session and before the open', () => {
    expect(day0Of('2025-01-27T10:15:00-05:00').reason).toBe(
      'published Mon 2025-01-27 10:15 ET, during the session, before the 16:00 close -> Mon 2025-01-27',
    );
    expect(day0Of('2025-01-27T12:00:00Z').reason).toBe(
      'published Mon 2025-01-27 07:00 ET, before the 09:30 open -> Mon 2025-01-27',
    );
  });

  it('names the holiday after a weekend', () => {
    expect(day0Of('2025-01-18T10:00:00-05:00').reason).toBe(
      'published Sat 2025-01-18 10:00 ET, market closed; Mon 2025-01-20 closed ' +
        '(Martin Luther King Jr. Day) -> Tue 2025-01-21',
    );
  });

  it('refuses times outside the data with a typed error', () => {
    const last = sessions[sessions.length - 1] ?? '';
    expect(() => day0Of(`${last}T16:00:00-05:00`)).toThrow(
      expect.objectContaining({ name: 'Day0Error', code: 'after-data' }),
    );
    expect(() => day0Of('2020-01-06')).toThrow(expect.objectContaining({ code: 'before-data' }));
    expect(() => resolveDay0({ at: '2025-01-27', sessions, minHistory: 100_000 })).toThrow(
      Day0Error,
    );
  });

  it('refuses unreadable times', () => {
    for (const at of ['2025-02-30', '2025-01-27T10:00', '2025-01-27T25:00Z', 'yesterday']) {
      expect(() => day0Of(at)).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    }
  });

  it('refuses data that disagrees with the NYSE calendar at day 0', () => {
    const gap = sessions.filter((d) => d !== '2025-01-27');
    expect(() => resolveDay0({ at: '2025-01-26', sessions: gap })).toThrow(
      expect.objectContaining({ code: 'calendar-mismatch' }),
    );
    const extra = [...sessions, '2025-01-20'].sort();
    expect(() => resolveDay0({ at: '2025-01-20T10:00:00-05:00', sessions: extra })).toThrow(
      expect.objectContaining({ code: 'calendar-mismatch' }),
    );
  });

  it('always picks the first session whose close is after the news', () => {
    const first = Date.parse(`${sessions[5]}T00:00:00Z`);
    const last = Date.parse(`${sessions[sessions.length - 2]}T18:00:00Z`);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (ms) => {
        const at = new Date(ms).toISOString();
        const r = day0Of(at);
        expect(sessions[r.index]).toBe(r.day0);
        expect(closeOf(r.day0)).toBeGreaterThan(ms);
        const prev = sessions[r.index - 1];
        if (prev !== undefined) expect(closeOf(prev)).toBeLessThanOrEqual(ms);
      }),
      { numRuns: 500 },
    );
  });
});

// Independent close time: US DST runs from the second Sunday of March to the first Sunday of
// November; early closes are the six of 2024-2025.
function closeOf(date: string): number {
  const y = Number(date.slice(0, 4));
  const secondSundayMarch = 14 - new Date(Date.UTC(y, 2, 1)).getUTCDay();
  const firstSundayNov = 1 + ((7 - new Date(Date.UTC(y, 10, 1)).getUTCDay()) % 7);
  const t = Date.parse(`${date}T00:00:00Z`);
  const summer = t >= Date.UTC(y, 2, secondSundayMarch) && t < Date.UTC(y, 10, firstSundayNov);
  const early = [
    '2022-11-25',
    '2023-07-03',
    '2023-11-24',
    '2024-07-03',
    '2024-11-29',
    '2024-12-24',
    '2025-07-03',
    '2025-11-28',
    '2025-12-24',
  ].includes(date);
  return Date.parse(`${date}T${early ? '13' : '16'}:00:00${summer ? '-04:00' : '-05:00'}`);
}
