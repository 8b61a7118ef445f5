import { describe, expect, it } from 'vitest';
import { shortDate, shortTitle } from './short-title';

describe('column titles', () => {
  it('keeps a short title and cuts a long one at a word', () => {
    expect(shortTitle('Stargate announced')).toBe('Stargate announced');
    expect(shortTitle('DeepSeek sell-off: Nvidia loses $589bn in a day')).toBe(
      'DeepSeek sell-off: Nvidia…',
    );
  });

  it('writes a session date as day, month and two-digit year', () => {
    expect(shortDate('2025-01-27')).toBe('27 Jan 25');
  });
});
