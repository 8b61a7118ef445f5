import { sharesOutstandingOn } from '../../catalogue/shares-outstanding';

export interface SharesFigure {
  shares: number;
  asOf: string;
  source: string;
}

/** Shares outstanding of a stock on a date (split-adjusted to today's basis), or null. */
export function sharesOn(ticker: string, date: string): SharesFigure | null {
  return sharesOutstandingOn(ticker, date);
}
