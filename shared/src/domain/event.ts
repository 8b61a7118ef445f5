import { z } from 'zod';
import { tickerSchema } from './company';
import { eventCategories, eventOrigins } from './labels';

export const eventCategorySchema = z.enum(eventCategories);
export const eventOriginSchema = z.enum(eventOrigins);

/** An ISO 8601 instant with an offset, or a bare date (meaning the day, time unknown). */
export const instantSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/,
    'expected an ISO 8601 instant with offset (2025-01-26T19:05:00-05:00) or a date (2025-01-27)',
  )
  .refine(
    (s) => !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)),
    'not a real time',
  );

export const sourceLinkSchema = z.object({
  publisher: z.string(),
  title: z.string(),
  url: z.url(),
});
export type SourceLink = z.infer<typeof sourceLinkSchema>;

/** An event written by us: real, dated from published reports, in our own words. */
export const curatedEventSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(3).max(140),
  summary: z.string().max(400),
  category: eventCategorySchema,
  /** To the minute with offset where reported, else a bare date. */
  occurredAt: instantSchema,
  tickers: z.array(tickerSchema).min(1),
  sources: z.array(sourceLinkSchema).min(1).max(3),
});
export type CuratedEvent = z.infer<typeof curatedEventSchema>;
