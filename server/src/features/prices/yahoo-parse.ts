import type { z } from 'zod';
import { InvalidResponseError } from './price-errors';

/** Validates a Yahoo result at the adapter edge; the error names the symbol and the field. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, ticker: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || '(result)';
  throw new InvalidResponseError({
    ticker,
    field,
    detail: issue?.message ?? 'failed validation',
    cause: parsed.error,
  });
}
