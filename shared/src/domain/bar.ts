import { z } from 'zod';
import { sessionDateProblem } from '../calendar/calendar-date';

/** A session date in the exchange's time zone, `YYYY-MM-DD`, calendar-exact, years 1900-2100. */
export const sessionDate = z.string().superRefine((s, ctx) => {
  const problem = sessionDateProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

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
