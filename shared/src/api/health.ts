import { z } from 'zod';

export const sourceStateSchema = z.object({
  source: z.string(),
  kind: z.enum(['prices', 'news', 'factors']),
  state: z.enum(['ok', 'offline', 'failing', 'idle']),
  /** The last session or article time the store holds from this source. */
  dataAsOf: z.string().nullable(),
  lastIngestAt: z.string().nullable(),
  lastIngestStatus: z.string().nullable(),
  message: z.string().nullable(),
  /** Since when the source is in this state, as this server saw it (null from history alone). */
  since: z.string().nullable(),
});

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  store: z.object({ kind: z.enum(['pglite', 'postgres']) }),
  version: z.string(),
  startedAt: z.string(),
  /** Whether this server polls feeds and prices: `leader` (it does), `follower` (another does), `off`. */
  ingest: z.enum(['leader', 'follower', 'off']),
  /** How many sources are in each state: what everyone may see. */
  sourceCounts: z.object({
    ok: z.number().int(),
    offline: z.number().int(),
    failing: z.number().int(),
    idle: z.number().int(),
  }),
  /**
   * Each source's state and message. When AUTH_READ_TOKEN is set, only a caller with the read
   * (or admin) token gets them; anyone else gets an empty list beside the counts.
   */
  sources: z.array(sourceStateSchema),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
