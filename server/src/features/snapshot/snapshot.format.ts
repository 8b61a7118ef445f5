import path from 'node:path';
import { sessionDate, tickerSchema } from '@aftershock/shared';
import { z } from 'zod';
import { repoRoot } from '../../env';

export const snapshotFile = path.join(repoRoot, 'server/snapshot/prices.json.gz');

const price = z.number().positive();

/** Column-wise series: the snapshot stores figures only, one array per field. */
export const snapshotSchema = z.object({
  format: z.literal('aftershock-prices/1'),
  source: z.string(),
  series: z.array(
    z
      .object({
        ticker: tickerSchema,
        date: z.array(sessionDate),
        open: z.array(price),
        high: z.array(price),
        low: z.array(price),
        close: z.array(price),
        adjClose: z.array(price),
        volume: z.array(z.number().int().nonnegative().nullable()),
      })
      .refine(
        (s) =>
          [s.open, s.high, s.low, s.close, s.adjClose, s.volume].every(
            (col) => col.length === s.date.length,
          ),
        'every column must have one value per date',
      ),
  ),
});
export type Snapshot = z.infer<typeof snapshotSchema>;
