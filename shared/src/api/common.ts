import { z } from 'zod';
import { sessionDate } from '../domain/bar';
import { tickerSchema } from '../domain/company';

/** The error envelope of every 4xx/5xx answer. */
export const errorEnvelopeSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** `NVDA,^IXIC` -> ['NVDA', '^IXIC'], upper-cased, without repeats. */
export const tickerListParam = z
  .string()
  .max(2000)
  .transform((s, ctx) => {
    const parts = s
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const out: string[] = [];
    for (const p of parts) {
      const parsed = tickerSchema.safeParse(p);
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: `"${p}" is not a ticker such as NVDA or ^IXIC` });
        return z.NEVER;
      }
      if (!out.includes(parsed.data)) out.push(parsed.data);
    }
    if (out.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'give at least one ticker, e.g. tickers=NVDA,AVGO' });
      return z.NEVER;
    }
    if (out.length > 100) {
      ctx.addIssue({ code: 'custom', message: 'at most 100 tickers per request' });
      return z.NEVER;
    }
    return out;
  });

export const dateParam = sessionDate;

/** Rejects `from` after `to` with a message that names both. */
export function fromBeforeTo<T extends { from?: string | undefined; to?: string | undefined }>(
  value: T,
  ctx: z.RefinementCtx,
): void {
  if (value.from && value.to && value.from > value.to) {
    ctx.addIssue({
      code: 'custom',
      path: ['from'],
      message: `from (${value.from}) is after to (${value.to})`,
    });
  }
}
