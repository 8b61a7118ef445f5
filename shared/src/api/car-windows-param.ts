import { z } from 'zod';
import { type CarWindow, maxCarWindows } from './car-windows';
import { maxWindowSide } from './window-side';

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
