import {
  atWindowQuerySchema,
  eventWindowQuerySchema,
  heatmapQuerySchema,
} from '@aftershock/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { sendJson } from '../../http/json-body';
import { registerOperations } from '../../http/openapi';
import { validParam, validQuery } from '../../http/validate';
import { heatmapCsv, windowCsv } from '../export/window-csv';
import { heatmapXlsx, windowXlsx } from '../export/window-xlsx';
import { analysisOperations } from './analysis.openapi';
import { computeHeatmap } from './heatmap.service';
import { download } from './respond';
import { cachedWindow, eventWindowRequest } from './window-requests';

const idParam = z.object({ id: z.string().regex(/^[a-z0-9-]{1,120}$/, 'not an event id') });

/** The event study, the heatmap and their downloads (design.md, "Public API"). */
export const analysisRoutes = (deps: AppDeps) => {
  registerOperations(analysisOperations);
  const eventWindow = async (id: string, q: z.output<typeof eventWindowQuerySchema>) =>
    (await cachedWindow(deps, await eventWindowRequest(deps, id, q))).body;
  const atWindow = async (q: z.output<typeof atWindowQuerySchema>) => {
    const { at, title, ...params } = q;
    const event = title ? { id: null, title, occurredAt: at } : null;
    return (await cachedWindow(deps, { at, event, ...params })).body;
  };
  return new Hono()
    .get('/events/:id/window', validParam(idParam), validQuery(eventWindowQuerySchema), async (c) =>
      sendJson(c, await eventWindow(c.req.valid('param').id, c.req.valid('query'))),
    )
    .get(
      '/events/:id/window.json',
      validParam(idParam),
      validQuery(eventWindowQuerySchema),
      async (c) => {
        const id = c.req.valid('param').id;
        const w = (await eventWindow(id, c.req.valid('query'))).value;
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
        const w = (await eventWindow(id, c.req.valid('query'))).value;
        return download(c, { body: windowCsv(w), format: 'csv', name: `${id}-window` });
      },
    )
    .get(
      '/events/:id/window.xlsx',
      validParam(idParam),
      validQuery(eventWindowQuerySchema),
      async (c) => {
        const id = c.req.valid('param').id;
        const w = (await eventWindow(id, c.req.valid('query'))).value;
        return download(c, { body: await windowXlsx(w), format: 'xlsx', name: `${id}-window` });
      },
    )
    .get('/window', validQuery(atWindowQuerySchema), async (c) =>
      sendJson(c, await atWindow(c.req.valid('query'))),
    )
    .get('/window.json', validQuery(atWindowQuerySchema), async (c) => {
      const w = (await atWindow(c.req.valid('query'))).value;
      return download(c, {
        body: JSON.stringify(w, null, 2),
        format: 'json',
        name: `window-${w.day0}`,
      });
    })
    .get('/window.csv', validQuery(atWindowQuerySchema), async (c) => {
      const w = (await atWindow(c.req.valid('query'))).value;
      return download(c, { body: windowCsv(w), format: 'csv', name: `window-${w.day0}` });
    })
    .get('/window.xlsx', validQuery(atWindowQuerySchema), async (c) => {
      const w = (await atWindow(c.req.valid('query'))).value;
      return download(c, { body: await windowXlsx(w), format: 'xlsx', name: `window-${w.day0}` });
    })
    .get('/heatmap', validQuery(heatmapQuerySchema), async (c) =>
      c.json(await computeHeatmap(deps, c.req.valid('query'))),
    )
    .get('/heatmap.json', validQuery(heatmapQuerySchema), async (c) => {
      const h = await computeHeatmap(deps, c.req.valid('query'));
      return download(c, { body: JSON.stringify(h, null, 2), format: 'json', name: 'heatmap' });
    })
    .get('/heatmap.csv', validQuery(heatmapQuerySchema), async (c) =>
      download(c, {
        body: heatmapCsv(await computeHeatmap(deps, c.req.valid('query'))),
        format: 'csv',
        name: 'heatmap',
      }),
    )
    .get('/heatmap.xlsx', validQuery(heatmapQuerySchema), async (c) =>
      download(c, {
        body: await heatmapXlsx(await computeHeatmap(deps, c.req.valid('query'))),
        format: 'xlsx',
        name: 'heatmap',
      }),
    );
};
