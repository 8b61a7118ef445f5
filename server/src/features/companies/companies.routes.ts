import { type CompaniesResponse, companyGroupLabels, companyGroups } from '@aftershock/shared';
import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps';
import { listCompanies } from './companies.repo';

export const companiesRoutes = (deps: AppDeps) =>
  new Hono().get('/', async (c) => {
    const companies = await listCompanies(deps.store.db);
    const groups = companyGroups.map((id) => ({
      id,
      label: companyGroupLabels[id],
      tickers: companies.filter((co) => co.groups.includes(id)).map((co) => co.ticker),
    }));
    return c.json({ companies, groups } satisfies CompaniesResponse);
  });
