import { z } from 'zod';

/** A session date in the exchange's time zone, `YYYY-MM-DD`. */
export const sessionDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && isRealDate(s), 'not a real date');

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return d.toISOString().slice(0, 10) === s;
}

/** One daily bar. `close` is split-adjusted; `adjClose` is split- and dividend-adjusted. */
export const barSchema = z.object({
  date: sessionDate,
  open: z.number().positive(),
  high: z.number().positive(),
  low: z.number().positive(),
  close: z.number().positive(),
  adjClose: z.number().positive(),
  volume: z.number().int().nonnegative().nullable(),
});
export type Bar = z.infer<typeof barSchema>;

/** The minimum the event-study engine needs of a bar. */
export interface PricePoint {
  date: string;
  adjClose: number;
}
