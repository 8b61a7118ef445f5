import type { HealthResponse } from '@aftershock/shared';
import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps';
import { admitsReader } from '../../http/auth';
import { readHealth } from './health.service';

/**
 * Open to all, so that a load balancer can probe it; each source's state (feed ids, messages
 * that may name hosts) only for callers the read token admits, counts for everyone else.
 */
export const healthRoutes = (deps: AppDeps) =>
  new Hono().get('/', async (c) => {
    const health = await readHealth(deps);
    const reader = admitsReader(deps, c.req.header('authorization'));
    return c.json((reader ? health : { ...health, sources: [] }) satisfies HealthResponse);
  });
