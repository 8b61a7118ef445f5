import { describe, expect, it } from 'vitest';
import { fetchFrom, newYorkDate, sessionsBack } from './ingest-window';

describe('ingest window', () => {
  it('counts sessions back over weekends and NYSE holidays', () => {
    // 2025-12-31 Wed, 30 Tue, 29 Mon, 26 Fri; 25 Dec is Christmas; 24 Wed is the 5th session.
    expect(sessionsBack('2025-12-31', 5)).toBe('2025-12-24');
    // Tue 21 Jan 2025 follows MLK day (20th) and a weekend: 21, 17, 16, 15, 14.
    expect(sessionsBack('2025-01-21', 5)).toBe('2025-01-14');
    // From a Sunday: Fri 3 and Thu 2 Jan 2025 (1 Jan is a holiday), then 31 and 30 Dec 2024.
    expect(sessionsBack('2025-01-05', 4)).toBe('2024-12-30');
  });

  it('refetches the last five stored sessions', () => {
    const base = { firstProvisional: null, backfillFrom: '2022-06-01', today: '2026-01-06' };
    expect(fetchFrom({ ...base, last: '2025-12-31' })).toBe('2025-12-24');
  });

  it('reaches back to a bar stored before its session closed', () => {
    expect(
      fetchFrom({
        last: '2025-12-31',
        firstProvisional: '2025-12-19',
        backfillFrom: '2022-06-01',
        today: '2026-01-06',
      }),
    ).toBe('2025-12-19');
  });

  it('lets --from reach further back, never forward past the stored end', () => {
    const base = { last: '2025-12-31', firstProvisional: null, backfillFrom: '2022-06-01' };
    expect(fetchFrom({ ...base, requested: '2025-06-02', today: '2026-01-06' })).toBe('2025-06-02');
    expect(fetchFrom({ ...base, requested: '2026-01-05', today: '2026-01-06' })).toBe('2025-12-24');
  });

  it('backfills a ticker with no bars from --from or the first stored session', () => {
    const base = { last: null, firstProvisional: null, today: '2026-01-06' };
    expect(fetchFrom({ ...base, backfillFrom: '2022-06-01' })).toBe('2022-06-01');
    expect(fetchFrom({ ...base, backfillFrom: '2022-06-01', requested: '2024-01-02' })).toBe(
      '2024-01-02',
    );
  });

  it('dates today in New York: 03:00Z on 6 January is still the 5th there', () => {
    expect(newYorkDate(Date.parse('2026-01-06T03:00:00Z'))).toBe('2026-01-05');
    expect(newYorkDate(Date.parse('2026-01-06T06:00:00Z'))).toBe('2026-01-06');
  });
});
