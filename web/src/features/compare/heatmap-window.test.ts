import type { HeatmapResult } from '@aftershock/shared';
import { describe, expect, it } from 'vitest';
import { heatmapForWindow, readHeatWindow } from './heatmap-window';

const cell = {
  ticker: 'NVDA',
  eventId: 'e',
  status: 'ok' as const,
  reason: null,
  car: -0.15,
  carTStat: -3,
  carPValue: 0.003,
  confoundedBy: [],
  windowCars: [
    { from: 0, to: 0, car: -0.12, carTStat: -4, carPValue: 0.0001, sessions: 1, reason: null },
    { from: 0, to: 1, car: null, carTStat: null, carPValue: null, sessions: 0, reason: 'pending' },
  ],
};
const h = {
  windows: [
    { from: 0, to: 0 },
    { from: 0, to: 1 },
  ],
  cells: [cell],
} as unknown as HeatmapResult;

describe('the heatmap window selector', () => {
  it('reads win=from,to and ignores anything else', () => {
    expect(readHeatWindow(new URLSearchParams('win=-1,1'))).toEqual({ from: -1, to: 1 });
    expect(readHeatWindow(new URLSearchParams('win=2,1'))).toBeNull();
    expect(readHeatWindow(new URLSearchParams('win=x'))).toBeNull();
  });

  it("puts the chosen window's CAR, t, p and reason in the cells", () => {
    expect(heatmapForWindow(h, { from: 0, to: 0 }).cells[0]?.car).toBe(-0.12);
    expect(heatmapForWindow(h, { from: 0, to: 1 }).cells[0]?.reason).toBe('pending');
    expect(heatmapForWindow(h, { from: -3, to: 3 }).cells[0]?.car).toBe(-0.15);
    expect(heatmapForWindow(h, null)).toBe(h);
  });
});
