import { type PricesResponse, pricesQuerySchema } from '@aftershock/shared';
import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps';
import { notFound } from '../../http/api-error';
import { validQuery } from '../../http/validate';
import { partitionKnown } from '../companies/companies.repo';
import { readBars } from './prices.repo';

export const pricesRoutes = (deps: AppDeps) =>
  new Hono().get('/', validQuery(pricesQuerySchema), async (c) => {
    const { tickers, from, to } = c.req.valid('query');
    const { unknown } = await partitionKnown(deps.store.db, tickers);
    if (unknown.length > 0) {
      throw notFound(`Unknown ticker${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
    }
    const bars = await readBars(deps.store.db, { tickers, from, to });
    const series = tickers.map((ticker) => ({ ticker, bars: bars.get(ticker) ?? [] }));
    return c.json({ series } satisfies PricesResponse);
  });
