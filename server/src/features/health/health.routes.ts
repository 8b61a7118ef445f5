import type { HealthResponse } from '@aftershock/shared';
import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps';
import { readHealth } from './health.service';

export const healthRoutes = (deps: AppDeps) =>
  new Hono().get('/', async (c) => c.json((await readHealth(deps)) satisfies HealthResponse));
