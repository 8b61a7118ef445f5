import {
  type AddCompanyResponse,
  addCompanyRequestSchema,
  addCompanyResponseSchema,
  type CompaniesResponse,
  companyGroupLabels,
  companyGroups,
} from '@aftershock/shared';
import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps';
import { requireAdmin } from '../../http/auth';
import { registerOperations } from '../../http/openapi';
import { validJson } from '../../http/validate';
import { addTicker } from '../prices/add-ticker.service';
import { priceProviderFor } from '../prices/price-update';
import { addCompanyError } from './add-company.errors';
import { listCompanies } from './companies.repo';

registerOperations([
  {
    method: 'post',
    path: '/api/companies',
    summary:
      'Track a ticker (admin token): validated with Yahoo Finance and backfilled; 404 for an unknown symbol, nothing stored',
    body: addCompanyRequestSchema,
    response: addCompanyResponseSchema,
  },
]);

export const companiesRoutes = (deps: AppDeps) =>
  new Hono()
    .get('/', async (c) => {
      const companies = await listCompanies(deps.store.db);
      const groups = companyGroups.map((id) => ({
        id,
        label: companyGroupLabels[id],
        tickers: companies.filter((co) => co.groups.includes(id)).map((co) => co.ticker),
      }));
      return c.json({ companies, groups } satisfies CompaniesResponse);
    })
    .post('/', requireAdmin(deps.adminToken), validJson(addCompanyRequestSchema), async (c) => {
      const { ticker, name } = c.req.valid('json');
      try {
        const added = await addTicker(deps, { ticker, name });
        return c.json(added satisfies AddCompanyResponse, 201);
      } catch (error) {
        throw addCompanyError(error, priceProviderFor(deps).source);
      }
    });
