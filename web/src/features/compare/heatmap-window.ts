import type { CarWindow, HeatmapResult } from '@aftershock/shared';

/** `win=-1,1` in the URL: the CAR window the heatmap shows; null for the event window. */
export function readHeatWindow(params: URLSearchParams): CarWindow | null {
  const m = /^(-?\d{1,2}),(-?\d{1,2})$/.exec(params.get('win') ?? '');
  if (!m) return null;
  const w = { from: Number(m[1]), to: Number(m[2]) };
  return w.from <= w.to ? w : null;
}

/**
 * The heatmap with every cell's CAR, t and p taken from one of its CAR windows; unchanged when
 * the window is null or not among the heatmap's.
 */
export function heatmapForWindow(h: HeatmapResult, w: CarWindow | null): HeatmapResult {
  const j = w === null ? -1 : h.windows.findIndex((x) => x.from === w.from && x.to === w.to);
  if (j < 0) return h;
  return {
    ...h,
    cells: h.cells.map((c) => {
      const car = c.windowCars[j];
      if (!car) return c;
      return {
        ...c,
        car: car.car,
        carTStat: car.carTStat,
        carPValue: car.carPValue,
        reason: c.reason ?? car.reason,
      };
    }),
  };
}
