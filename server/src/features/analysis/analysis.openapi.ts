import {
  atWindowQuerySchema,
  eventWindowQuerySchema,
  heatmapQuerySchema,
  heatmapResultSchema,
  windowResultSchema,
} from '@aftershock/shared';
import { z } from 'zod';
import type { Operation } from '../../http/openapi';

const file = z.string().describe('The file');

/** The analysis endpoints of the OpenAPI document, beside their routes; all pass the budget. */
const operations: Operation[] = [
  {
    method: 'get',
    path: '/api/events/{id}/window',
    summary: 'The event study around a stored event (by default its own tickers)',
    pathParams: ['id'],
    query: eventWindowQuerySchema,
    response: windowResultSchema,
  },
  {
    method: 'get',
    path: '/api/window',
    summary: 'The event study around any time, no stored event needed',
    query: atWindowQuerySchema,
    response: windowResultSchema,
  },
  {
    method: 'get',
    path: '/api/heatmap',
    summary: 'CAR of tickers x events, and each ticker across the events',
    query: heatmapQuerySchema,
    response: heatmapResultSchema,
  },
  ...(['csv', 'xlsx', 'json'] as const).flatMap((ext): Operation[] => {
    const contentType =
      ext === 'csv'
        ? 'text/csv'
        : ext === 'xlsx'
          ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
          : 'application/json';
    return [
      {
        method: 'get',
        path: `/api/events/{id}/window.${ext}`,
        summary: `The event study around a stored event as a ${ext.toUpperCase()} download`,
        pathParams: ['id'],
        query: eventWindowQuerySchema,
        response: file,
        contentType,
      },
      {
        method: 'get',
        path: `/api/window.${ext}`,
        summary: `The event study around any time as a ${ext.toUpperCase()} download`,
        query: atWindowQuerySchema,
        response: file,
        contentType,
      },
      {
        method: 'get',
        path: `/api/heatmap.${ext}`,
        summary: `The heatmap as a ${ext.toUpperCase()} download`,
        query: heatmapQuerySchema,
        response: file,
        contentType,
      },
    ];
  }),
];

export const analysisOperations = operations.map((op) => ({ ...op, budgeted: true }));
