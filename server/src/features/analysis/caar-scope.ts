import type { CompanyInfo } from '@aftershock/shared';

/**
 * Which tickers of a study count in CAAR and its tests. Indices and funds (^IXIC, ^SOX, QQQ)
 * are averages of the companies beside them: counting them would weigh those companies twice
 * and add a benchmark-like series to a test of abnormal returns, so by default they are shown
 * as context only. With `include`, or when a study has no company at all, every ticker counts.
 */
export function caarScope(p: {
  tickers: readonly string[];
  companies: readonly Pick<CompanyInfo, 'ticker' | 'kind'>[];
  include: boolean;
}): { inCaar: boolean[]; context: string[] } {
  const kind = new Map(p.companies.map((c) => [c.ticker, c.kind]));
  // A ticker the catalogue does not know (a user's addition) is a company unless it says otherwise.
  const isContext = p.tickers.map((t) => (kind.get(t) ?? 'stock') !== 'stock');
  if (p.include || isContext.every(Boolean)) {
    return { inCaar: p.tickers.map(() => true), context: [] };
  }
  return {
    inCaar: isContext.map((c) => !c),
    context: p.tickers.filter((_, i) => isContext[i]),
  };
}
