import { factorModelNames, isFactorModel } from './factor-series';
import type { StudyModel } from './study-types';

const names: Record<'raw' | 'market-adjusted' | 'market', string> = {
  raw: 'Raw returns (AR = R)',
  'market-adjusted': 'Market-adjusted returns (AR = R - Rm)',
  market: 'Market model (OLS on the benchmark)',
};

/**
 * The model in one line, as the event page and the exports state it: "Fama-French 5 factors +
 * risk-free, estimated over [-250,-11], 240 sessions". Raw and market-adjusted estimate nothing,
 * so their line names no window; `sessions` is left out when unknown.
 */
export function describeModel(p: {
  model: StudyModel;
  estimation: readonly [number, number];
  sessions?: number | null;
}): string {
  const name = isFactorModel(p.model) ? factorModelNames[p.model] : names[p.model];
  if (p.model === 'raw' || p.model === 'market-adjusted') return name;
  const window = `estimated over [${p.estimation[0]},${p.estimation[1]}]`;
  const sessions = p.sessions == null ? '' : `, ${p.sessions} sessions`;
  return `${name}, ${window}${sessions}`;
}
