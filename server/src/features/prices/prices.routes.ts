import { type Bar, type PricesResponse, pricesQuerySchema } from '@aftershock/shared';
import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps';
import { validQuery } from '../../http/validate';
import { requireKnownTickers } from '../analysis/reference-data';

export const pricesRoutes = (deps: AppDeps) =>
  new Hono().get('/', validQuery(pricesQuerySchema), async (c) => {
    const { tickers, from, to } = c.req.valid('query');
    await requireKnownTickers(deps, tickers);
    const series = await Promise.all(
      tickers.map(async (ticker) => ({
        ticker,
        bars: between(await deps.market.bars(ticker), from, to),
      })),
    );
    return c.json({ series } satisfies PricesResponse);
  });

/** The bars from `from` to `to` (inclusive) of bars sorted by date, by binary search. */
function between(bars: readonly Bar[], from?: string, to?: string): Bar[] {
  const first = from ? lowerBound(bars, from) : 0;
  const end = to ? lowerBound(bars, `${to}\uffff`) : bars.length;
  return bars.slice(first, end);
}

function lowerBound(bars: readonly Bar[], date: string): number {
  let lo = 0;
  let hi = bars.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((bars[mid]?.date ?? '') < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
