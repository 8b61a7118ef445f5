import { z } from 'zod';
import { companyGroups } from './labels';

export const companyGroupSchema = z.enum(companyGroups);

/** Yahoo's symbol: `NVDA`, `^IXIC`, `SOXX`. */
export const tickerSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\^?[A-Z][A-Z0-9.-]{0,9}$/, 'expected a ticker such as NVDA or ^IXIC');

export const companySchema = z.object({
  ticker: tickerSchema,
  name: z.string(),
  kind: z.enum(['stock', 'etf', 'index']),
  groups: z.array(companyGroupSchema),
  /** Names that find the company in a headline, matched on word boundaries. */
  aliases: z.array(z.string()),
});
export type Company = z.infer<typeof companySchema>;

/** An AI lab or product that points to one or more listed companies. */
export const entitySchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  tickers: z.array(tickerSchema),
  why: z.string(),
});
export type Entity = z.infer<typeof entitySchema>;
