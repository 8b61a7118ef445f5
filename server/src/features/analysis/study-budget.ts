import { aiComplexTickers, type CarWindow, defaultCarWindows } from '@aftershock/shared';
import type { WorkGateOptions } from '../../http/work-gate';

/**
 * What a study costs, in ticker-event-sessions: each ticker around each event reads and fits
 * its estimation window and measures its event window, so the engine's work grows with
 * tickers x events x (estimation length + event window length). On the development machine one
 * million of them took about 1.5 s (the heatmap of 27 tickers x 45 events over [-1000, -11]
 * took 1.9 s: 1.2 million). Each CAR window other than the event window is a study of its own.
 */
export function studyCost(p: {
  tickers: number;
  events: number;
  pre: number;
  post: number;
  estimation: readonly [number, number];
  windows?: readonly CarWindow[] | undefined;
}): number {
  const estimation = p.estimation[1] - p.estimation[0] + 1;
  const extra = (p.windows ?? defaultCarWindows)
    .filter((w) => w.from !== -p.pre || w.to !== p.post)
    .reduce((sum, w) => sum + estimation + w.to - w.from + 1, 0);
  return p.tickers * p.events * (estimation + p.pre + p.post + 1 + extra);
}

/** The heatmap's tickers when none are given: the AI complex. */
export const defaultHeatmapTickers = aiComplexTickers.length;

/**
 * The budget's defaults (README, "Configuration"). The largest study allowed is about 1.5 s of
 * one core; a client may spend a burst of three of those, then about a third of a core; two heavy
 * studies (over 100,000: a heatmap, or a window over many tickers) run at once, four wait at
 * most 5 s; none runs past 10 s.
 */
export const defaultStudyBudget: Omit<WorkGateOptions, 'trustedProxies'> = {
  unit: 'ticker-event-sessions',
  maxCost: 1_000_000,
  // 15 s of refill in a burst (STUDY_CLIENT_RATE sets both).
  perClient: { capacity: 3_000_000, refillPerSecond: 200_000 },
  heavyCost: 100_000,
  maxRunning: 2,
  maxQueued: 4,
  queueWaitMs: 5_000,
  deadlineMs: 10_000,
};
