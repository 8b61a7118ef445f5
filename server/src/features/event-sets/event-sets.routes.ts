import { createEventSetSchema, eventSetSchema, eventSetsResponseSchema } from '@aftershock/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { badRequest } from '../../http/api-error';
import { requireAdmin } from '../../http/auth';
import { registerOperations } from '../../http/openapi';
import { validJson, validParam } from '../../http/validate';
import { referenceData } from '../analysis/reference-data';
import { insertSet } from './event-sets.repo';
import { allEventSets, eventSetById } from './event-sets.service';

const idParam = z.object({ id: z.string().regex(/^[a-z0-9-]{1,120}$/, 'not a set id') });

/** Named sets of events to compare: everyone reads them, an admin saves one. */
export const eventSetsRoutes = (deps: AppDeps) => {
  registerOperations([
    {
      method: 'get',
      path: '/api/event-sets',
      summary: 'The event sets: curated with the catalogue, and saved by admins',
      response: eventSetsResponseSchema,
    },
    {
      method: 'post',
      path: '/api/event-sets',
      summary: 'Save a named set of events (admin token)',
      body: createEventSetSchema,
      response: eventSetSchema,
    },
  ]);
  return new Hono()
    .get('/', async (c) => c.json({ sets: await allEventSets(deps) }))
    .get('/:id', validParam(idParam), async (c) =>
      c.json(await eventSetById(deps, c.req.valid('param').id)),
    )
    .post('/', requireAdmin(deps.adminToken), validJson(createEventSetSchema), async (c) => {
      const body = c.req.valid('json');
      const known = await (await referenceData(deps)).eventsById;
      const unknown = body.eventIds.filter((id) => !known.has(id));
      if (unknown.length > 0) throw badRequest(`eventIds: no event "${unknown.join('", "')}"`);
      const id = await insertSet(deps.store.db, body);
      return c.json(await eventSetById(deps, id), 201);
    });
};
