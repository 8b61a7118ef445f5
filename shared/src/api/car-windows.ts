import { z } from 'zod';
import { formatWindow } from '../study/windows';
import { maxWindowSide } from './window-side';

/** A CAR window in sessions relative to day 0, both ends included: [-1, +1] is {from -1, to 1}. */
export interface CarWindow {
  from: number;
  to: number;
}

/**
 * The event window of every page and endpoint when none is given: [-5, +5] (design.md). The
 * event page, Compare and every export start from it, so one figure means one thing everywhere.
 */
export const defaultEventWindow = { pre: 5, post: 5 } as const;

/**
 * The CAR windows reported side by side when none are given: the day itself, the day and the
 * next (news after the close lands on day 0's open), the three days around it, and the event
 * window.
 */
export const defaultCarWindows: readonly CarWindow[] = [
  { from: 0, to: 0 },
  { from: 0, to: 1 },
  { from: -1, to: 1 },
  { from: -defaultEventWindow.pre, to: defaultEventWindow.post },
];

export const maxCarWindows = 8;

/** `[-1, +1]`: how a window is named in tables, column headers and sheet names. */
export const carWindowLabel = (w: CarWindow) => formatWindow(w.from, w.to);

/** `0,0;0,1;-1,1;-5,5` in a URL. */
export const formatCarWindows = (ws: readonly CarWindow[]) =>
  ws.map((w) => `${w.from},${w.to}`).join(';');

/** `windows=0,0;0,1;-1,1;-5,5`: the CAR windows, each `from,to` in sessions around day 0. */
export const carWindowsParam = z.string().transform((s, ctx) => {
  const out: CarWindow[] = [];
  for (const part of s
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(-?\d{1,2}),\+?(-?\d{1,2})$/.exec(part);
    const from = Number(m?.[1]);
    const to = Number(m?.[2]);
    if (!m || from > to || Math.abs(from) > maxWindowSide || Math.abs(to) > maxWindowSide) {
      ctx.addIssue({
        code: 'custom',
        message: `"${part}" is not a window: give from,to with from <= to, each within ±${maxWindowSide} sessions, e.g. windows=0,0;-1,1`,
      });
      return z.NEVER;
    }
    if (!out.some((w) => w.from === from && w.to === to)) out.push({ from, to });
  }
  if (out.length === 0 || out.length > maxCarWindows) {
    ctx.addIssue({ code: 'custom', message: `give 1 to ${maxCarWindows} windows, e.g. 0,0;-1,1` });
    return z.NEVER;
  }
  return out;
});

const nullableNumber = z.number().nullable();

/** One ticker's CAR over one of the requested windows, with its test (same model and fit). */
export const windowCarSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  car: nullableNumber,
  carTStat: nullableNumber,
  carPValue: nullableNumber,
  /** Sessions of the window with an abnormal return (fewer in a live study or on missing days). */
  sessions: z.number().int(),
  /** Why there is no CAR for this window (the ticker is excluded, the window starts too early). */
  reason: z.string().nullable(),
});
export type WindowCar = z.infer<typeof windowCarSchema>;
