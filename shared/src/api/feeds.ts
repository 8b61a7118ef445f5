import { z } from 'zod';

/** A feed's stable key: lower case, digits and hyphens (`techcrunch`, `google-news-ai`). */
export const feedIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'expected a key of lower-case letters, digits and hyphens');

const feedUrlSchema = z
  .url({ protocol: /^https?$/, message: 'expected an http(s) URL' })
  .max(2000, 'at most 2000 characters');

const feedTitleSchema = z.string().trim().min(1, 'must not be empty').max(200);

export const feedStatusSchema = z.enum(['pending', 'ok', 'failed']);

/** One feed and what its last polls did: the reader's view of a feed's health. */
export const feedInfoSchema = z.object({
  id: feedIdSchema,
  title: z.string(),
  url: z.string(),
  enabled: z.boolean(),
  /** pending: never fetched; ok: the last poll worked (a 304 too); failed: it did not. */
  status: feedStatusSchema,
  lastFetchAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  /** Consecutive failures; the wait before the next try doubles with each (capped). */
  errorCount: z.number().int(),
  /** Why the last poll failed: timeout, http-status, network-unreachable, not-a-feed... */
  errorKind: z.string().nullable(),
  errorMessage: z.string().nullable(),
  httpStatus: z.number().int().nullable(),
  nextCheckAt: z.string().nullable(),
  /** Articles stored from this feed. */
  articleCount: z.number().int(),
});
export type FeedInfo = z.infer<typeof feedInfoSchema>;

export const feedsResponseSchema = z.object({ feeds: z.array(feedInfoSchema) });
export type FeedsResponse = z.infer<typeof feedsResponseSchema>;

export const feedResponseSchema = z.object({ feed: feedInfoSchema });

export const createFeedSchema = z.strictObject({
  id: feedIdSchema,
  title: feedTitleSchema,
  url: feedUrlSchema,
  enabled: z.boolean().optional(),
});
export type CreateFeed = z.infer<typeof createFeedSchema>;

export const updateFeedSchema = z
  .strictObject({
    title: feedTitleSchema.optional(),
    url: feedUrlSchema.optional(),
    enabled: z.boolean().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: 'give at least one of title, url, enabled',
  });
export type UpdateFeed = z.infer<typeof updateFeedSchema>;

export const deleteFeedResponseSchema = z.object({ deleted: feedIdSchema });
