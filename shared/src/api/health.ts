import { z } from 'zod';

export const sourceStateSchema = z.object({
  source: z.string(),
  kind: z.enum(['prices', 'news']),
  state: z.enum(['ok', 'offline', 'failing', 'idle']),
  /** The last session or article time the store holds from this source. */
  dataAsOf: z.string().nullable(),
  lastIngestAt: z.string().nullable(),
  lastIngestStatus: z.string().nullable(),
  message: z.string().nullable(),
});

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  store: z.object({ kind: z.enum(['pglite', 'postgres']) }),
  version: z.string(),
  startedAt: z.string(),
  /** Whether this server polls feeds and prices: `leader` (it does), `follower` (another does), `off`. */
  ingest: z.enum(['leader', 'follower', 'off']),
  sources: z.array(sourceStateSchema),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
