import { aiComplexTickers } from '@aftershock/shared';
import { describe, expect, it } from 'vitest';
import { tickerColour } from './palette';

describe('ticker colours', () => {
  it('give the AI complex ten distinct colours and every ticker the same one each time', () => {
    const complex = aiComplexTickers.map(tickerColour);
    expect(new Set(complex).size).toBe(aiComplexTickers.length);
    expect(tickerColour('MU')).toBe(tickerColour('MU'));
    expect(complex).not.toContain(tickerColour('MU'));
    expect(complex).not.toContain(tickerColour('^SOX'));
  });
});
