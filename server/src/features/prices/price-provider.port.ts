import { type Bar, barSchema, sessionDate } from '@aftershock/shared';
import { z } from 'zod';

/**
 * A daily bar as a provider delivers it. `final` is false for a session that has not closed yet
 * when the provider answered: the caller stores it provisionally and replaces it on a later fetch.
 */
export const providerBarSchema = barSchema.extend({ final: z.boolean() });
export type ProviderBar = Bar & { final: boolean };

/** A split on `date` (exchange date): `numerator` new shares for every `denominator` old ones. */
export interface SplitEvent {
  date: string;
  numerator: number;
  denominator: number;
}

/** A cash dividend per share going ex on `date` (exchange date), in the bars' currency. */
export interface DividendEvent {
  date: string;
  amount: number;
}

/**
 * A provider's symbol: letters, digits and the punctuation Yahoo uses (`^GSPC`, `BRK-B`, `BHP.AX`,
 * `EURUSD=X`, `M&M.NS`). Nothing that could change the path or query of a request URL.
 */
export const tickerSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.^=&-]{1,32}$/, 'expected a symbol such as NVDA, ^GSPC or BHP.AX');

export const dailyBarsRequestSchema = z
  .object({
    ticker: tickerSchema,
    from: sessionDate,
    to: sessionDate.optional(),
    signal: z.instanceof(AbortSignal).optional(),
    timeoutMs: z.number().int().positive().optional(),
  })
  .refine((r) => r.to === undefined || r.from <= r.to, {
    message: '`from` must not be after `to`',
    path: ['to'],
  });

/** `from` and `to` are exchange session dates, both inclusive; `to` defaults to today. */
export type DailyBarsRequest = z.infer<typeof dailyBarsRequestSchema>;

/**
 * What one fetch returns. Bars are sorted by date, one per session. When `splits` or `dividends`
 * is not empty the provider's adjusted history of this ticker has changed, so the caller
 * rewrites that ticker's stored `adjClose` (and split-adjusted prices) in one transaction.
 */
export interface DailyBars {
  ticker: string;
  currency: string;
  exchangeTimezone: string;
  /** The provider's name for the symbol ("NVIDIA Corporation"), when it gives one. */
  name?: string;
  /** The provider's kind of instrument (Yahoo: EQUITY, ETF, INDEX...), when it gives one. */
  instrumentType?: string;
  bars: ProviderBar[];
  splits: SplitEvent[];
  dividends: DividendEvent[];
  /** What the adapter left out and why (a session Yahoo answered with null prices, say). */
  notes?: string[];
}

export const sharesOutstandingRequestSchema = z.object({
  ticker: tickerSchema,
  signal: z.instanceof(AbortSignal).optional(),
  timeoutMs: z.number().int().positive().optional(),
});
export type SharesOutstandingRequest = z.infer<typeof sharesOutstandingRequestSchema>;

/** `sharesOutstanding` is null where the provider reports none (indexes, some funds). */
export interface SharesOutstanding {
  ticker: string;
  sharesOutstanding: number | null;
}

/**
 * A source of daily bars (Yahoo, a CSV file...). Implementations throw a `TypeError` for a
 * request that fails its schema above, the caller's `signal.reason` when that signal aborts (as
 * `fetch` does), and otherwise only subclasses of `PriceProviderError`.
 */
export interface PriceProvider {
  /** Names the source in provenance ("yahoo", "csv"). */
  readonly source: string;
  fetchDailyBars(request: DailyBarsRequest): Promise<DailyBars>;
}

/** Kept apart from `PriceProvider` because a file of bars has no share count to give. */
export interface SharesOutstandingProvider {
  fetchSharesOutstanding(request: SharesOutstandingRequest): Promise<SharesOutstanding>;
}

/** Parses a request at the port's edge; a caller's mistake is a `TypeError`, not a provider error. */
export function parsePriceRequest<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new TypeError(`invalid price request: ${where}${issue?.message ?? 'invalid'}`, {
    cause: parsed.error,
  });
}
