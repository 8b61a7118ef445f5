import { eventDetailSchema, eventsQuerySchema } from '@aftershock/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { requireAdmin } from '../../http/auth';
import { registerOperations } from '../../http/openapi';
import { validJson, validParam, validQuery } from '../../http/validate';
import { recordRun } from '../../store/ingest-runs';
import { referenceData, requireKnownTickers } from '../analysis/reference-data';
import { addCompanyError } from '../companies/add-company.errors';
import { addTicker } from '../prices/add-ticker.service';
import { priceProviderFor } from '../prices/price-update';
import { getEvent, listEvents } from './events.service';
import { createUserEventSchema } from './user-event.schema';
import { insertUserEvent } from './user-events.repo';

const idParam = z.object({ id: z.string().regex(/^[a-z0-9-]{1,120}$/, 'not an event id') });

export const eventsRoutes = (deps: AppDeps) => {
  registerOperations([
    {
      method: 'post',
      path: '/api/events',
      summary: 'Store a user event (admin token): time, title, category and tickers',
      body: createUserEventSchema,
      response: eventDetailSchema,
    },
  ]);
  return new Hono()
    .get('/', validQuery(eventsQuerySchema), async (c) => {
      const events = await listEvents(deps, c.req.valid('query'));
      return c.json({ events });
    })
    .post('/', requireAdmin(deps.adminToken), validJson(createUserEventSchema), async (c) => {
      const event = c.req.valid('json');
      if (event.backfill) await backfillUntracked(deps, event.tickers);
      await requireKnownTickers(deps, event.tickers);
      // Recorded as a run so that other servers on the same PostgreSQL see it within seconds;
      // studies list overlapping events, so a new event changes them.
      const { id } = await recordRun(
        deps.store.db,
        { kind: 'events', source: 'user' },
        async () => {
          const id = await insertUserEvent(deps.store.db, event);
          return { id, rowsWritten: 1, message: `stored ${id}` };
        },
      );
      deps.version.bump();
      return c.json(await getEvent(deps, id), 201);
    })
    .get('/:id', validParam(idParam), async (c) => {
      return c.json(await getEvent(deps, c.req.valid('param').id));
    });
};

/** Tracks and backfills each ticker the store lacks, one at a time, failing as POST /api/companies. */
async function backfillUntracked(deps: AppDeps, tickers: readonly string[]): Promise<void> {
  const known = new Set((await (await referenceData(deps)).companies).map((c) => c.ticker));
  for (const ticker of tickers.filter((t) => !known.has(t))) {
    try {
      await addTicker(deps, { ticker });
    } catch (error) {
      throw addCompanyError(error, priceProviderFor(deps).source);
    }
  }
}
