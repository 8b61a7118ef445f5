import { z } from 'zod';

/** The pattern of every event id (catalogue, detected, user). */
export const eventIdSchema = z.string().regex(/^[a-z0-9-]{1,120}$/, 'not an event id');

export const maxSetEvents = 60;

/** A named set of events to compare: curated with the catalogue, or saved by an admin. */
export const eventSetSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  eventIds: z.array(z.string()),
  origin: z.enum(['curated', 'saved']),
  createdAt: z.string().nullable(),
});
export type EventSet = z.infer<typeof eventSetSchema>;

export const eventSetsResponseSchema = z.object({ sets: z.array(eventSetSchema) });

/** The body of `POST /api/event-sets`. */
export const createEventSetSchema = z.strictObject({
  title: z
    .string({ message: 'title: give the set a name' })
    .trim()
    .min(1, 'title: give the set a name')
    .max(80, 'title: at most 80 characters'),
  description: z.string().trim().max(400, 'description: at most 400 characters').default(''),
  eventIds: z
    .array(eventIdSchema, { message: 'eventIds: give a list of event ids' })
    .min(1, 'eventIds: give at least one event')
    .max(maxSetEvents, `eventIds: at most ${maxSetEvents} events`)
    .transform((ids) => [...new Set(ids)]),
});
export type CreateEventSet = z.input<typeof createEventSetSchema>;

/** `sets=deepseek-week,export-controls`: the sets a heatmap compares. */
export const setIdList = z
  .string()
  .max(1000)
  .transform((s) =>
    s
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  )
  .refine((ids) => ids.length > 0 && ids.length <= 8, 'give 1 to 8 set ids')
  .refine((ids) => ids.every((id) => /^[a-z0-9-]{1,120}$/.test(id)), 'not a set id');
