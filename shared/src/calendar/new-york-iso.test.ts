import { describe, expect, it } from 'vitest';
import { toNewYorkIso } from './new-york-time';

describe('toNewYorkIso', () => {
  it('uses -05:00 in winter and -04:00 in summer', () => {
    expect(toNewYorkIso(Date.parse('2025-01-27T00:05:00Z'))).toBe('2025-01-26T19:05:00-05:00');
    expect(toNewYorkIso(Date.parse('2025-07-01T20:00:00Z'))).toBe('2025-07-01T16:00:00-04:00');
  });

  it('crosses the spring-forward hour', () => {
    expect(toNewYorkIso(Date.parse('2025-03-09T06:59:00Z'))).toBe('2025-03-09T01:59:00-05:00');
    expect(toNewYorkIso(Date.parse('2025-03-09T07:00:00Z'))).toBe('2025-03-09T03:00:00-04:00');
  });
});
