import { describeModel, isFactorModel, type WindowResult } from '@aftershock/shared';

/**
 * The study's model in one line for the event page: "Fama-French 5 factors + risk-free,
 * estimated over [-250,-11], 240 sessions". The sessions are those most tickers were fitted on.
 */
export function modelLine(d: WindowResult): string {
  if (d.model === 'raw') return 'Raw returns';
  if (d.model === 'market-adjusted') return `Market-adjusted returns against ${d.benchmark}`;
  const sessions = commonest(
    d.results.flatMap((r) => (r.estimationDays === null ? [] : [r.estimationDays])),
  );
  const line = describeModel({ model: d.model, estimation: d.estimation, sessions });
  return isFactorModel(d.model) ? line : line.replace('the benchmark', d.benchmark);
}

function commonest(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}
