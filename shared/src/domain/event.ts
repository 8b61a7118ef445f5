import { z } from 'zod';
import { readInstant } from '../calendar/instant';
import { tickerSchema } from './company';
import { eventCategories, eventOrigins } from './labels';

export const eventCategorySchema = z.enum(eventCategories);
export const eventOriginSchema = z.enum(eventOrigins);

/**
 * An ISO 8601 instant with an offset, or a bare date (meaning the day, time unknown); read by the
 * calendar-exact {@link readInstant}, so what passes here can be stored and resolved.
 */
export const instantSchema = z.string().superRefine((s, ctx) => {
  const read = readInstant(s);
  if ('problem' in read) ctx.addIssue({ code: 'custom', message: read.problem });
});

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
