import {
  companiesResponseSchema,
  errorEnvelopeSchema,
  eventDetailSchema,
  eventsQuerySchema,
  eventsResponseSchema,
  healthResponseSchema,
  pricesQuerySchema,
  pricesResponseSchema,
} from '@aftershock/shared';
import { z } from 'zod';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  query?: z.ZodType;
  pathParams?: string[];
  body?: z.ZodType;
  response: z.ZodType;
  /** Non-JSON answer, such as a CSV download. */
  contentType?: string;
  /** Passes the compute budget (work-gate.ts), so it may answer 503 with Retry-After. */
  budgeted?: boolean;
}

const operations: Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Status, store kind, data as-of and last ingest per source',
    response: healthResponseSchema,
  },
  {
    method: 'get',
    path: '/api/companies',
    summary: 'Tickers with name, groups and aliases',
    response: companiesResponseSchema,
  },
  {
    method: 'get',
    path: '/api/prices',
    summary: 'Daily bars per ticker',
    query: pricesQuerySchema,
    response: pricesResponseSchema,
  },
  {
    method: 'get',
    path: '/api/events',
    summary: 'Events, filtered by tickers, category, origin, dates and text',
    query: eventsQuerySchema,
    response: eventsResponseSchema,
  },
  {
    method: 'get',
    path: '/api/events/{id}',
    summary: 'One event with its articles and its day-0 explanation',
    pathParams: ['id'],
    response: eventDetailSchema,
  },
];

const registered: Operation[] = [...operations];

/** Features with their own operations add them here, next to their routes. */
export function registerOperations(more: Operation[]): void {
  for (const op of more)
    if (!registered.some((r) => r.path === op.path && r.method === op.method)) registered.push(op);
}

const schema = (s: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'openapi-3.0' });

/** The OpenAPI 3 document, generated from the same zod schemas that validate requests. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of registered) {
    const parameters: unknown[] = (op.pathParams ?? []).map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    if (op.query) {
      const q = schema(op.query, 'input') as {
        properties?: Record<string, unknown>;
        required?: string[];
      };
      for (const [name, s] of Object.entries(q.properties ?? {})) {
        parameters.push({
          name,
          in: 'query',
          required: q.required?.includes(name) ?? false,
          schema: s,
        });
      }
    }
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      parameters,
      ...(op.body && {
        requestBody: { content: { 'application/json': { schema: schema(op.body, 'input') } } },
      }),
      responses: {
        200: {
          description: 'OK',
          content: {
            [op.contentType ?? 'application/json']: { schema: schema(op.response, 'output') },
          },
        },
        '4XX': {
          description: 'Bad request, unknown resource, or limits',
          content: { 'application/json': { schema: schema(errorEnvelopeSchema, 'output') } },
        },
        ...(op.budgeted && {
          503: {
            description: 'Busy with other studies, or stopped at its deadline; see Retry-After',
            content: { 'application/json': { schema: schema(errorEnvelopeSchema, 'output') } },
          },
        }),
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Aftershock API',
      version: '1',
      description: 'How AI news moved tech stocks: events, prices and event studies.',
    },
    paths,
  };
}
