import { z } from 'zod';
import { eventCategorySchema, eventOriginSchema, sourceLinkSchema } from '../domain/event';
import { dateParam, fromBeforeTo, tickerListParam } from './common';

const listOf = <T extends z.ZodType<string>>(item: T, name: string) =>
  z
    .string()
    .max(500)
    .transform((s, ctx) => {
      const values: z.infer<T>[] = [];
      for (const part of s
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const parsed = item.safeParse(part);
        if (!parsed.success) {
          ctx.addIssue({ code: 'custom', message: `"${part}" is not a known ${name}` });
          return z.NEVER;
        }
        values.push(parsed.data);
      }
      return values;
    });

export const eventsQuerySchema = z
  .strictObject({
    tickers: tickerListParam.optional(),
    category: listOf(eventCategorySchema, 'category').optional(),
    origin: listOf(eventOriginSchema, 'origin').optional(),
    from: dateParam.optional(),
    to: dateParam.optional(),
    q: z.string().trim().max(200).optional(),
  })
  .superRefine(fromBeforeTo);
export type EventsQuery = z.input<typeof eventsQuerySchema>;

export const eventSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  category: eventCategorySchema,
  origin: eventOriginSchema,
  /** ISO 8601 with the New York offset. */
  occurredAt: z.string(),
  /** The time is known only to the day. */
  dayOnly: z.boolean(),
  day0: z.string().nullable(),
  day0Reason: z.string(),
  tickers: z.array(z.string()),
  articleCount: z.number().int(),
  sources: z.array(sourceLinkSchema),
  weight: z.number(),
  /** Why the event exists: curated from reports, detected from a burst of articles, or added. */
  reason: z.string(),
  linkedEventId: z.string().nullable(),
});
export type EventSummary = z.infer<typeof eventSummarySchema>;

export const eventsResponseSchema = z.object({ events: z.array(eventSummarySchema) });
export type EventsResponse = z.infer<typeof eventsResponseSchema>;

export const articleSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  source: z.string(),
  publishedAt: z.string(),
  dateEstimated: z.boolean(),
  tags: z.array(z.object({ ticker: z.string(), entity: z.string(), matched: z.string() })),
  /** This article's time is the event's: the first report of a detected event's story. */
  setsTime: z.boolean(),
});
export type Article = z.infer<typeof articleSchema>;

export const eventDetailSchema = eventSummarySchema.extend({ articles: z.array(articleSchema) });
export type EventDetail = z.infer<typeof eventDetailSchema>;
