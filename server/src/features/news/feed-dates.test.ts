import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './feed-dates';

describe('parseFeedDate', () => {
  it.each([
    ['Mon, 27 Jan 2025 10:59:43 +0000', '2025-01-27T10:59:43Z'],
    ['Mon, 27 Jan 2025 14:05:00 -0500', '2025-01-27T14:05:00-05:00'],
    ['Thu, 28 Jul 2022 02:43:00 GMT', '2022-07-28T02:43:00Z'],
    ['Thu, 30 Jan 2025 21:05:00 EST', '2025-01-30T21:05:00-05:00'],
    ['Wed, 03 Jan 2018 13:47:00 GMT\r\n      ', '2018-01-03T13:47:00Z'],
    ['27 Jan 2025 10:59 +0100', '2025-01-27T10:59:00+01:00'],
    ['Mon, 27 Jan 25 10:59:43 GMT', '2025-01-27T10:59:43Z'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T19:42:40-03:00'],
    ['Sáb, 01 Fev 2025 18:00:00 -0300', '2025-02-01T18:00:00-03:00'],
    ['Qui, 30 Jan 2025 09:15:00 -0300', '2025-01-30T09:15:00-03:00'],
    ['2016-02-01T17:22:00+01:00', '2016-02-01T17:22:00+01:00'],
    ['2022-07-28T03:02:00.000000000Z', '2022-07-28T03:02:00Z'],
    ['2023-08-24T07:00:00+00:00', '2023-08-24T07:00:00Z'],
    ['2025-01-27T03:30:00.250-05:00', '2025-01-27T03:30:00.250-05:00'],
    ['2025-01-27', '2025-01-27T00:00:00Z'],
  ])('%s -> %s', (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(iso);
  });

  it('gives the right instant for an offset date', () => {
    const iso = parseFeedDate('Seg, 24 Set 2018 19:42:40 -0300');
    expect(new Date(iso ?? '').toISOString()).toBe('2018-09-24T22:42:40.000Z');
  });

  it.each([
    '',
    '   ',
    'sometime last week',
    '31 Feb 2025 10:00:00 GMT',
    'Mon, 27 Foo 2025 10:00 GMT',
  ])('refuses %j', (raw) => {
    expect(parseFeedDate(raw)).toBeUndefined();
  });

  it('agrees with Date on RFC 1123 and ISO forms of any second from 1970 to 2099', () => {
    const seconds = fc.integer({ min: 0, max: Date.UTC(2099, 11, 31) / 1000 });
    fc.assert(
      fc.property(seconds, (s) => {
        const date = new Date(s * 1000);
        expect(Date.parse(parseFeedDate(date.toUTCString()) ?? '')).toBe(date.getTime());
        expect(Date.parse(parseFeedDate(date.toISOString()) ?? '')).toBe(date.getTime());
      }),
    );
  });
});
