import { z } from 'zod';

/*
 * The part of yahoo-finance2's `chart(..., { return: 'object' })` result that we use, after its
 * own validation has turned epoch seconds into `Date`s in `meta` and `events` (`timestamp`
 * stays in epoch seconds). Everything else Yahoo sends is let through untouched.
 */

const price = z.number().nullable();

const tradingPeriod = z.looseObject({ start: z.date(), end: z.date() });

export const yahooChartSchema = z
  .looseObject({
    meta: z.looseObject({
      currency: z.string().min(1),
      symbol: z.string().min(1),
      exchangeTimezoneName: z.string().min(1),
      gmtoffset: z.number().int(),
      instrumentType: z.string(),
      longName: z.string().min(1).optional(),
      shortName: z.string().min(1).optional(),
      currentTradingPeriod: z.looseObject({ regular: tradingPeriod }),
    }),
    timestamp: z.array(z.number().int().positive()).optional(),
    events: z
      .looseObject({
        splits: z
          .record(
            z.string(),
            z.looseObject({
              date: z.date(),
              numerator: z.number().positive(),
              denominator: z.number().positive(),
            }),
          )
          .optional(),
        dividends: z
          .record(z.string(), z.looseObject({ date: z.date(), amount: z.number().positive() }))
          .optional(),
      })
      .optional(),
    indicators: z.looseObject({
      quote: z.array(
        z.looseObject({
          open: z.array(price),
          high: z.array(price),
          low: z.array(price),
          close: z.array(price),
          volume: z.array(z.number().int().nonnegative().nullable()),
        }),
      ),
      adjclose: z.array(z.looseObject({ adjclose: z.array(price) })).optional(),
    }),
  })
  .superRefine((chart, ctx) => {
    const count = chart.timestamp?.length ?? 0;
    if (count === 0) return;
    const quote = chart.indicators.quote[0];
    if (!quote) {
      ctx.addIssue({ code: 'custom', path: ['indicators', 'quote', 0], message: 'missing' });
      return;
    }
    for (const key of ['open', 'high', 'low', 'close', 'volume'] as const) {
      if (quote[key].length !== count) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', 'quote', 0, key],
          message: `${quote[key].length} values for ${count} timestamps`,
        });
      }
    }
    const adjclose = chart.indicators.adjclose?.[0]?.adjclose;
    if (adjclose && adjclose.length !== count) {
      ctx.addIssue({
        code: 'custom',
        path: ['indicators', 'adjclose', 0, 'adjclose'],
        message: `${adjclose.length} values for ${count} timestamps`,
      });
    }
  });

export type YahooChart = z.infer<typeof yahooChartSchema>;

export const yahooQuoteSchema = z.looseObject({
  symbol: z.string().min(1),
  sharesOutstanding: z.number().int().positive().optional(),
});
