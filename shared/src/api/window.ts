import { z } from 'zod';
import { eventCategorySchema, instantSchema } from '../domain/event';
import { studyModels } from '../study/study-types';
import { defaultEventWindow } from './car-windows';
import { carWindowsParam, windowCarSchema } from './car-windows-param';
import { tickerListParam } from './common';
import { maxWindowSide } from './window-side';

export { maxWindowSide };

/** The models of the engine (study-types.ts), one contract for the API, the web and the CLI. */
export const windowModels = studyModels;

const side = (name: string) =>
  z.coerce
    .number({ message: `${name} must be a whole number of sessions` })
    .int(`${name} must be a whole number of sessions`)
    .min(0, `${name} must be between 0 and ${maxWindowSide}`)
    .max(maxWindowSide, `${name} must be between 0 and ${maxWindowSide}`);

/**
 * A benchmark: a stored ticker (`QQQ`, `^GSPC`), the equal-weighted basket of a company group
 * (`basket:ai-chips`) or that basket without the ticker being measured (`basket-ex:ai-chips`).
 */
export const benchmarkParam = z
  .string()
  .trim()
  .regex(
    /^(\^?[A-Za-z][A-Za-z0-9.-]{0,9}|basket(-ex)?:[a-z-]+)$/,
    'expected a ticker (QQQ, ^GSPC), basket:<group> or basket-ex:<group>',
  )
  .transform((s) => (s.includes(':') ? s : s.toUpperCase()));

/** `-250,-11`: the estimation window in sessions relative to day 0. */
export const estimationParam = z
  .string()
  .regex(/^-?\d{1,4},-?\d{1,4}$/, 'expected the estimation window as two offsets, e.g. -250,-11')
  .transform((s) => s.split(',').map(Number) as [number, number])
  .refine(([a, b]) => a <= b, 'the estimation window must run from the earlier offset to the later')
  .refine(([a]) => a >= -1000, 'the estimation window reaches at most 1000 sessions back');

const windowShape = {
  tickers: tickerListParam.optional(),
  pre: side('pre').default(defaultEventWindow.pre),
  post: side('post').default(defaultEventWindow.post),
  model: z
    .enum(windowModels, { message: `model must be one of ${windowModels.join(', ')}` })
    .default('market'),
  benchmark: benchmarkParam.default('QQQ'),
  estimation: estimationParam.default([-250, -11]),
  /** The CAR windows reported beside the event window (default: defaultCarWindows). */
  windows: carWindowsParam.optional(),
  /** `include` counts indices and funds in CAAR; by default they are shown as context. */
  indices: z
    .enum(['context', 'include'], { message: 'indices must be context or include' })
    .optional(),
};

export const eventWindowQuerySchema = z.strictObject(windowShape);
export type EventWindowQuery = z.input<typeof eventWindowQuerySchema>;

export const atWindowQuerySchema = z.strictObject({
  ...windowShape,
  tickers: tickerListParam,
  at: instantSchema,
  title: z.string().trim().max(200).optional(),
});
export type AtWindowQuery = z.input<typeof atWindowQuerySchema>;

const nullableNumber = z.number().nullable();

export const windowDaySchema = z.object({
  offset: z.number().int(),
  date: z.string(),
  close: nullableNumber,
  /** 100 at the close before day 0, from adjusted closes. */
  rebased: nullableNumber,
  return: nullableNumber,
  benchmarkReturn: nullableNumber,
  abnormalReturn: nullableNumber,
  car: nullableNumber,
  /** Var(CAR) from the first day of the window to this one, from the engine: the 95% band is
   * car ± 1.96 sqrt(carVariance). */
  carVariance: nullableNumber,
  arTStat: nullableNumber,
  /** Change in market value that day, in dollars: shares outstanding x change in close. */
  marketValueChange: nullableNumber,
  /** A session of the window not traded yet (a live study): its figures are all null. */
  pending: z.literal(true).optional(),
});

export const tickerResultSchema = z.object({
  ticker: z.string(),
  status: z.enum(['ok', 'excluded']),
  /** Why a ticker was left out of the study (status `excluded`). */
  reason: z.string().nullable(),
  benchmark: z.string().nullable(),
  days: z.array(windowDaySchema),
  car: nullableNumber,
  carVariance: nullableNumber,
  carTStat: nullableNumber,
  carPValue: nullableNumber,
  df: nullableNumber,
  alpha: nullableNumber,
  beta: nullableNumber,
  r2: nullableNumber,
  /** A factor model's loadings by factor (mktRf, smb, hml, rmw, cma, mom); null otherwise. */
  loadings: z.record(z.string(), z.number()).nullable(),
  /** Buy-and-hold abnormal return over the window's sessions with a return. */
  bhar: nullableNumber,
  residualSd: nullableNumber,
  estimationDays: nullableNumber,
  estimationFrom: z.string().nullable(),
  estimationTo: z.string().nullable(),
  marketValueChange: nullableNumber,
  sharesOutstanding: z
    .object({ shares: z.number(), asOf: z.string(), source: z.string() })
    .nullable(),
  /**
   * Day 0 split at the open (design.md): the gap g = O_0/C_-1 - 1, the session s = C_0/O_0 - 1,
   * AR_gap = g - beta g_m, AR_session = s - alpha - beta s_m and the compounding remainder, so
   * the three add to day 0's AR. Null for factor models, basket benchmarks and missing opens.
   */
  day0Split: z
    .object({
      gap: z.number(),
      session: z.number(),
      arGap: z.number(),
      arSession: z.number(),
      remainder: z.number(),
    })
    .nullable(),
  /**
   * Abnormal dollar value: CAR x market value at the close of day -1 (shares outstanding x that
   * close). The value the abnormal return moved, beside `marketValueChange` (the raw change).
   */
  abnormalValueUsd: nullableNumber,
  /** CAR over each of the result's `windows`, in their order. */
  windowCars: z.array(windowCarSchema),
  /** Events other than this one whose day 0 falls inside the window and that name this ticker. */
  confoundedBy: z.array(z.string()),
  notes: z.array(z.string()),
});
export type TickerResult = z.infer<typeof tickerResultSchema>;

export const studyTestSchema = z.object({
  id: z.string(),
  name: z.string(),
  statistic: nullableNumber,
  pValue: nullableNumber,
  n: z.number(),
  distribution: z.string(),
  clusteringRobust: z.boolean(),
  note: z.string().optional(),
});

export const aggregateSchema = z.object({
  n: z.number(),
  excluded: z.number(),
  caar: z.number(),
  days: z.array(
    z.object({
      offset: z.number(),
      date: z.string().nullable(),
      aar: z.number(),
      caar: z.number(),
      n: z.number(),
      tStat: nullableNumber,
      pValue: nullableNumber,
    }),
  ),
  meanCorrelation: nullableNumber,
  kpFactor: z.number().nullable(),
  tests: z.array(studyTestSchema),
  notes: z.array(z.string()),
});
export type WindowAggregate = z.infer<typeof aggregateSchema>;

export const overlapSchema = z.object({
  id: z.string(),
  title: z.string(),
  category: eventCategorySchema,
  day0: z.string(),
  offset: z.number().int(),
  tickers: z.array(z.string()),
});

export const provenanceSchema = z.object({
  source: z.string(),
  dataAsOf: z.string().nullable(),
  /** The factor data a factor model used: its source, release and last date. */
  factors: z
    .object({ source: z.string(), release: z.string().nullable(), asOf: z.string().nullable() })
    .optional(),
  generatedAt: z.string(),
});

export const windowResultSchema = z.object({
  event: z
    .object({ id: z.string().nullable(), title: z.string(), occurredAt: z.string() })
    .nullable(),
  day0: z.string(),
  day0Reason: z.string(),
  dayOnly: z.boolean(),
  model: z.enum(windowModels),
  benchmark: z.string(),
  pre: z.number(),
  post: z.number(),
  estimation: z.tuple([z.number(), z.number()]),
  /** The CAR windows of every result's `windowCars` and of `windowAggregates`. */
  windows: z.array(z.object({ from: z.number().int(), to: z.number().int() })),
  results: z.array(tickerResultSchema),
  /**
   * Sessions of [0, +post] in the data, day 0 included: post + 1 when the window is complete,
   * fewer in a live study, whose CAR and tests run to the last of them.
   */
  sessionsAvailable: z.number().int(),
  /** The NYSE sessions of the window not traded yet, in order; empty when it is complete. */
  pendingSessions: z.array(z.string()),
  aggregate: aggregateSchema,
  /** Tickers shown as context (indices, funds), left out of `aggregate` and `windowAggregates`. */
  contextTickers: z.array(z.string()),
  /** CAAR over the tickers with a CAR in each window, and its tests, in `windows` order. */
  windowAggregates: z.array(
    z.object({
      from: z.number().int(),
      to: z.number().int(),
      n: z.number(),
      caar: nullableNumber,
      tests: z.array(studyTestSchema),
    }),
  ),
  overlaps: z.array(overlapSchema),
  provenance: provenanceSchema,
});
export type WindowResult = z.infer<typeof windowResultSchema>;
