// No zod here: the web app imports these constants, and a zod schema beside them would pull the
// schemas (and zod's eval probe, refused by the page's CSP) into its chunks. The parser is in
// car-windows-param.ts.
import { formatWindow } from '../study/windows';

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
