import { z } from 'zod';
import { companySchema, tickerSchema } from '../domain/company';

export const companyInfoSchema = companySchema.extend({
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  origin: z.enum(['catalogue', 'user']),
});
export type CompanyInfo = z.infer<typeof companyInfoSchema>;

export const companiesResponseSchema = z.object({
  companies: z.array(companyInfoSchema),
  groups: z.array(z.object({ id: z.string(), label: z.string(), tickers: z.array(z.string()) })),
});
export type CompaniesResponse = z.infer<typeof companiesResponseSchema>;

/** `POST /api/companies`: track a new ticker; its daily bars are backfilled from Yahoo Finance. */
export const addCompanyRequestSchema = z.strictObject({
  ticker: tickerSchema,
  /** Defaults to the provider's name for the symbol. */
  name: z.string().trim().min(1).max(120).optional(),
});
export type AddCompanyRequest = z.infer<typeof addCompanyRequestSchema>;

export const addCompanyResponseSchema = z.object({
  company: companyInfoSchema,
  /** Daily bars stored by the backfill. */
  barsWritten: z.number().int().nonnegative(),
});
export type AddCompanyResponse = z.infer<typeof addCompanyResponseSchema>;
