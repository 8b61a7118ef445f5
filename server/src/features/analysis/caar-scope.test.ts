import { describe, expect, it } from 'vitest';
import { caarScope } from './caar-scope';

const companies = [
  { ticker: 'NVDA', kind: 'stock' as const },
  { ticker: '^SOX', kind: 'index' as const },
  { ticker: 'QQQ', kind: 'etf' as const },
];

describe('the tickers in CAAR', () => {
  it('leaves indices and funds out by default, as context', () => {
    const s = caarScope({ tickers: ['NVDA', '^SOX', 'QQQ', 'NEWCO'], companies, include: false });
    expect(s.inCaar).toEqual([true, false, false, true]);
    expect(s.context).toEqual(['^SOX', 'QQQ']);
  });

  it('counts every ticker when asked, or when there is no company', () => {
    expect(caarScope({ tickers: ['NVDA', '^SOX'], companies, include: true }).context).toEqual([]);
    expect(caarScope({ tickers: ['^SOX'], companies, include: false }).inCaar).toEqual([true]);
  });
});
