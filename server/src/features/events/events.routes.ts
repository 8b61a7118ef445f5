import { eventsQuerySchema } from '@aftershock/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { validParam, validQuery } from '../../http/validate';
import { getEvent, listEvents } from './events.service';

const idParam = z.object({ id: z.string().regex(/^[a-z0-9-]{1,120}$/, 'not an event id') });

export const eventsRoutes = (deps: AppDeps) =>
  new Hono()
    .get('/', validQuery(eventsQuerySchema), async (c) => {
      const events = await listEvents(deps, c.req.valid('query'));
      return c.json({ events });
    })
    .get('/:id', validParam(idParam), async (c) => {
      return c.json(await getEvent(deps, c.req.valid('param').id));
    });
