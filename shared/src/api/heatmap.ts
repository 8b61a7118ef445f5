import { z } from 'zod';
import { eventCategorySchema } from '../domain/event';
import { defaultEventWindow } from './car-windows';
import { carWindowsParam, windowCarSchema } from './car-windows-param';
import { tickerListParam } from './common';
import { setIdList } from './event-sets';
import {
  benchmarkParam,
  estimationParam,
  maxWindowSide,
  provenanceSchema,
  studyTestSchema,
  windowModels,
} from './window';

const eventIdList = z
  .string()
  .max(4000)
  .transform((s) =>
    s
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  )
  .refine((ids) => ids.length > 0, 'give at least one event id')
  .refine((ids) => ids.length <= 200, 'at most 200 events')
  .refine((ids) => ids.every((id) => /^[a-z0-9-]{1,120}$/.test(id)), 'not an event id');

const side = (name: string, fallback: number) =>
  z.coerce
    .number({ message: `${name} must be a whole number of sessions` })
    .int(`${name} must be a whole number of sessions`)
    .min(0, `${name} must be between 0 and ${maxWindowSide}`)
    .max(maxWindowSide, `${name} must be between 0 and ${maxWindowSide}`)
    .default(fallback);

export const heatmapQuerySchema = z.strictObject({
  events: eventIdList.optional(),
  /** Event sets to compare (their events join `events`); per ticker and set a mean CAR. */
  sets: setIdList.optional(),
  tickers: tickerListParam.optional(),
  pre: side('pre', defaultEventWindow.pre),
  post: side('post', defaultEventWindow.post),
  model: z
    .enum(windowModels, { message: `model must be one of ${windowModels.join(', ')}` })
    .default('market'),
  benchmark: benchmarkParam.default('QQQ'),
  estimation: estimationParam.default([-250, -11]),
  windows: carWindowsParam.optional(),
});
export type HeatmapQuery = z.input<typeof heatmapQuerySchema>;

const nullableNumber = z.number().nullable();

export const heatmapResultSchema = z.object({
  model: z.enum(windowModels),
  benchmark: z.string(),
  pre: z.number(),
  post: z.number(),
  estimation: z.tuple([z.number(), z.number()]),
  /** The CAR windows of every cell's `windowCars`, in order. */
  windows: z.array(z.object({ from: z.number().int(), to: z.number().int() })),
  tickers: z.array(z.string()),
  events: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      category: eventCategorySchema,
      occurredAt: z.string(),
      day0: z.string(),
      /** As in a window study: fewer than post + 1 while the event's window is still trading. */
      sessionsAvailable: z.number().int(),
    }),
  ),
  /** Requested events that could not be studied (no day 0 in the data, say), with the reason. */
  unplaced: z.array(z.object({ id: z.string(), title: z.string(), reason: z.string() })),
  cells: z.array(
    z.object({
      ticker: z.string(),
      eventId: z.string(),
      status: z.enum(['ok', 'excluded']),
      reason: z.string().nullable(),
      car: nullableNumber,
      carTStat: nullableNumber,
      carPValue: nullableNumber,
      /** Benjamini-Hochberg q of carPValue over every cell of the grid with a p-value. */
      carQValue: nullableNumber,
      /** The same per CAR window, q over that window's cells. */
      windowCars: z.array(windowCarSchema.extend({ carQValue: nullableNumber })),
      confoundedBy: z.array(z.string()),
    }),
  ),
  /** One ticker across the events: mean CAR and the aggregate tests. */
  acrossEvents: z.array(
    z.object({
      ticker: z.string(),
      n: z.number(),
      excluded: z.number(),
      caar: z.number(),
      tests: z.array(studyTestSchema),
      notes: z.array(z.string()),
    }),
  ),
  /** The sets asked for, each with its events that could be placed. */
  sets: z.array(z.object({ id: z.string(), title: z.string(), eventIds: z.array(z.string()) })),
  /** Per set and ticker: mean CAR over the set's complete events, with the aggregate tests. */
  setMeans: z.array(
    z.object({
      setId: z.string(),
      ticker: z.string(),
      n: z.number(),
      caar: nullableNumber,
      tests: z.array(studyTestSchema),
    }),
  ),
  /** Per ticker and pair of sets: mean CAR of a minus that of b, with Welch's t. */
  setDifferences: z.array(
    z.object({
      ticker: z.string(),
      setA: z.string(),
      setB: z.string(),
      nA: z.number(),
      nB: z.number(),
      difference: nullableNumber,
      welchT: nullableNumber,
      df: nullableNumber,
      pValue: nullableNumber,
    }),
  ),
  provenance: provenanceSchema,
});
export type HeatmapResult = z.infer<typeof heatmapResultSchema>;
