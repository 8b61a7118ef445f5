import { z } from 'zod';
import { companySchema } from '../domain/company';

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
