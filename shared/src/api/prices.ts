import { z } from 'zod';
import { barSchema } from '../domain/bar';
import { dateParam, fromBeforeTo, tickerListParam } from './common';

export const pricesQuerySchema = z
  .strictObject({
    tickers: tickerListParam,
    from: dateParam.optional(),
    to: dateParam.optional(),
  })
  .superRefine(fromBeforeTo);
export type PricesQuery = z.input<typeof pricesQuerySchema>;

export const priceSeriesSchema = z.object({ ticker: z.string(), bars: z.array(barSchema) });
export const pricesResponseSchema = z.object({ series: z.array(priceSeriesSchema) });
export type PricesResponse = z.infer<typeof pricesResponseSchema>;
export type PriceSeries = z.infer<typeof priceSeriesSchema>;
