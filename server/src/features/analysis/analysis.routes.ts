import {
  atWindowQuerySchema,
  eventWindowQuerySchema,
  heatmapQuerySchema,
} from '@aftershock/shared';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { sendJson } from '../../http/json-body';
import { registerOperations } from '../../http/openapi';
import { validParam, validQuery } from '../../http/validate';
import { eventSetsById } from '../event-sets/event-sets.service';
import { heatmapTestsCsv } from '../export/heatmap-tests-csv';
import { heatmapXlsx } from '../export/heatmap-xlsx';
import { heatmapCsv, windowCsv, windowTestsCsv } from '../export/window-csv';
import { windowXlsx } from '../export/window-xlsx';
import { analysisOperations } from './analysis.openapi';
import { cachedHeatmap, computeHeatmap } from './heatmap.service';
import { referenceData } from './reference-data';
import { download } from './respond';
import { defaultHeatmapTickers, studyCost } from './study-budget';
import type { WindowRequest } from './window.service';
import { cachedWindow, computedWindow, eventWindowRequest } from './window-requests';

const idParam = z.object({ id: z.string().regex(/^[a-z0-9-]{1,120}$/, 'not an event id') });

/** The event study, the heatmap and their downloads (design.md, "Public API"). */
export const analysisRoutes = (deps: AppDeps) => {
  registerOperations(analysisOperations);
  // Every study passes the compute budget (http/work-gate.ts) when the app has one; an answer
  // already in the cache costs nothing, so it is never charged, queued or refused.
  const gate = deps.studyGate;
  const window = async (c: Context, req: WindowRequest) => {
    const cached = gate ? await computedWindow(deps, req) : null;
    if (cached) return cached.body;
    const work = (signal?: AbortSignal) => cachedWindow(deps, req, { signal });
    const cost = studyCost({ ...req, tickers: req.tickers.length, events: 1 });
    return (await (gate ? gate.run(c, cost, work) : work())).body;
  };
  const eventWindow = async (c: Context, id: string, q: z.output<typeof eventWindowQuerySchema>) =>
    window(c, await eventWindowRequest(deps, id, q));
  const atWindow = async (c: Context, q: z.output<typeof atWindowQuerySchema>) => {
    const { at, title, ...params } = q;
    const event = title ? { id: null, title, occurredAt: at } : null;
    return window(c, { at, event, ...params });
  };
  const heatmap = async (c: Context, query: z.output<typeof heatmapQuerySchema>) => {
    const sets = query.sets ? await eventSetsById(deps, query.sets) : [];
    const q = { ...query, sets };
    if (!gate) return computeHeatmap(deps, q);
    const cached = await cachedHeatmap(deps, q);
    if (cached) return cached;
    const curated = async () =>
      (await (await referenceData(deps)).events).filter((e) => e.origin === 'curated').length;
    const asked = new Set([...(q.events ?? []), ...sets.flatMap((s) => s.eventIds)]).size;
    const events = asked > 0 ? asked : await curated();
    const tickers = q.tickers?.length ?? defaultHeatmapTickers;
    const cost = studyCost({ ...q, tickers, events });
    return gate.run(c, cost, (signal) => computeHeatmap(deps, q, { signal }));
  };
  return new Hono()
    .get('/events/:id/window', validParam(idParam), validQuery(eventWindowQuerySchema), async (c) =>
      sendJson(c, await eventWindow(c, c.req.valid('param').id, c.req.valid('query'))),
    )
    .get(
      '/events/:id/window.json',
      validParam(idParam),
      validQuery(eventWindowQuerySchema),
      async (c) => {
        const id = c.req.valid('param').id;
        const w = (await eventWindow(c, id, c.req.valid('query'))).value;
        return download(c, {
          body: JSON.stringify(w, null, 2),
          format: 'json',
          name: `${id}-window`,
        });
      },
    )
    .get(
      '/events/:id/window.csv',
      validParam(idParam),
      validQuery(eventWindowQuerySchema),
      async (c) => {
        const id = c.req.valid('param').id;
        const w = (await eventWindow(c, id, c.req.valid('query'))).value;
        return download(c, { body: windowCsv(w), format: 'csv', name: `${id}-window` });
      },
    )
    .get(
      '/events/:id/window-tests.csv',
      validParam(idParam),
      validQuery(eventWindowQuerySchema),
      async (c) => {
        const id = c.req.valid('param').id;
        const w = (await eventWindow(c, id, c.req.valid('query'))).value;
        return download(c, { body: windowTestsCsv(w), format: 'csv', name: `${id}-tests` });
      },
    )
    .get(
      '/events/:id/window.xlsx',
      validParam(idParam),
      validQuery(eventWindowQuerySchema),
      async (c) => {
        const id = c.req.valid('param').id;
        const w = (await eventWindow(c, id, c.req.valid('query'))).value;
        return download(c, { body: await windowXlsx(w), format: 'xlsx', name: `${id}-window` });
      },
    )
    .get('/window', validQuery(atWindowQuerySchema), async (c) =>
      sendJson(c, await atWindow(c, c.req.valid('query'))),
    )
    .get('/window.json', validQuery(atWindowQuerySchema), async (c) => {
      const w = (await atWindow(c, c.req.valid('query'))).value;
      return download(c, {
        body: JSON.stringify(w, null, 2),
        format: 'json',
        name: `window-${w.day0}`,
      });
    })
    .get('/window.csv', validQuery(atWindowQuerySchema), async (c) => {
      const w = (await atWindow(c, c.req.valid('query'))).value;
      return download(c, { body: windowCsv(w), format: 'csv', name: `window-${w.day0}` });
    })
    .get('/window-tests.csv', validQuery(atWindowQuerySchema), async (c) => {
      const w = (await atWindow(c, c.req.valid('query'))).value;
      return download(c, { body: windowTestsCsv(w), format: 'csv', name: `tests-${w.day0}` });
    })
    .get('/window.xlsx', validQuery(atWindowQuerySchema), async (c) => {
      const w = (await atWindow(c, c.req.valid('query'))).value;
      return download(c, { body: await windowXlsx(w), format: 'xlsx', name: `window-${w.day0}` });
    })
    .get('/heatmap', validQuery(heatmapQuerySchema), async (c) =>
      c.json(await heatmap(c, c.req.valid('query'))),
    )
    .get('/heatmap.json', validQuery(heatmapQuerySchema), async (c) => {
      const h = await heatmap(c, c.req.valid('query'));
      return download(c, { body: JSON.stringify(h, null, 2), format: 'json', name: 'heatmap' });
    })
    .get('/heatmap.csv', validQuery(heatmapQuerySchema), async (c) =>
      download(c, {
        body: heatmapCsv(await heatmap(c, c.req.valid('query'))),
        format: 'csv',
        name: 'heatmap',
      }),
    )
    .get('/heatmap-tests.csv', validQuery(heatmapQuerySchema), async (c) =>
      download(c, {
        body: heatmapTestsCsv(await heatmap(c, c.req.valid('query'))),
        format: 'csv',
        name: 'heatmap-tests',
      }),
    )
    .get('/heatmap.xlsx', validQuery(heatmapQuerySchema), async (c) =>
      download(c, {
        body: await heatmapXlsx(await heatmap(c, c.req.valid('query'))),
        format: 'xlsx',
        name: 'heatmap',
      }),
    );
};
