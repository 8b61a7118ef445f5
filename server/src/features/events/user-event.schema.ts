import { eventCategorySchema, instantSchema, tickerSchema } from '@aftershock/shared';
import { z } from 'zod';

/** The body of `POST /api/events`: an analyst's own event, stored with origin `user`. */
export const createUserEventSchema = z.strictObject({
  occurredAt: instantSchema,
  title: z.string().trim().min(3, 'title: at least 3 characters').max(140),
  /** Defaults to `model-launch`, the commonest kind of AI news in the catalogue. */
  category: eventCategorySchema.default('model-launch'),
  tickers: z
    .array(tickerSchema)
    .min(1, 'name at least one ticker')
    .max(50, 'at most 50 tickers')
    .transform((ts) => [...new Set(ts.map((t) => t.toUpperCase()))]),
  /**
   * Track and backfill from Yahoo the tickers the store does not have yet, as POST
   * /api/companies would, before storing the event; without it an untracked ticker is a 404.
   */
  backfill: z.boolean().default(false),
});
export type CreateUserEvent = z.output<typeof createUserEventSchema>;
