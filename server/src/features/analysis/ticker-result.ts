import type { TickerResult, TickerStudy } from '@aftershock/shared';
import type { LoadedSeries } from '../market-data/market-data';
import type { SharesOn } from '../prices/market-value';

/**
 * The API's shape of one ticker's study: the engine's figures plus what the analyst reads beside
 * them: the close, prices rebased to 100 at the close before day 0, and the change in market
 * value (shares outstanding x change in the split-adjusted close).
 */
export function toTickerResult(options: {
  loaded: LoadedSeries;
  study: TickerStudy;
  benchmark: string;
  confoundedBy: string[];
  /** The share count in force on day 0, or null (indexes, funds, unknown). */
  shares: SharesOn | null;
  /** Sessions of the window not traded yet (a live study), after the engine's last day. */
  pending?: readonly { offset: number; date: string }[];
}): TickerResult {
  const { loaded, study, benchmark, confoundedBy, shares, pending = [] } = options;
  const empty = {
    ticker: loaded.ticker,
    benchmark: null,
    days: [],
    car: null,
    carVariance: null,
    carTStat: null,
    carPValue: null,
    df: null,
    alpha: null,
    beta: null,
    r2: null,
    loadings: null,
    bhar: null,
    residualSd: null,
    estimationDays: null,
    estimationFrom: null,
    estimationTo: null,
    marketValueChange: null,
    sharesOutstanding: null,
    day0Split: null,
    abnormalValueUsd: null,
    windowCars: [],
    confoundedBy,
    notes: [],
  };
  if (study.status === 'excluded') return { ...empty, status: 'excluded', reason: study.reason };
  const { close, series } = loaded;
  const iDay0 = series.indexOf.get(study.day0) ?? -1;
  const base = iDay0 > 0 ? (series.closes[iDay0 - 1] ?? null) : null;
  let valueChange = 0;
  let valueDays = 0;
  const days = study.days.map((d) => {
    const i = series.indexOf.get(d.date);
    const today = i === undefined ? undefined : close[i];
    const before = i === undefined || i === 0 ? undefined : close[i - 1];
    const adj = i === undefined ? null : (series.closes[i] ?? null);
    const mv =
      shares && today !== undefined && before !== undefined
        ? shares.shares * (today - before)
        : null;
    if (mv !== null) {
      valueChange += mv;
      valueDays += 1;
    }
    return {
      offset: d.offset,
      date: d.date,
      close: today ?? null,
      rebased: adj !== null && base ? (100 * adj) / base : null,
      return: d.return,
      benchmarkReturn: d.benchmarkReturn,
      abnormalReturn: d.abnormalReturn,
      car: d.car,
      carVariance: d.carVariance,
      arTStat: d.arTStat,
      marketValueChange: mv,
    };
  });
  for (const p of pending) days.push({ ...pendingDay, offset: p.offset, date: p.date });
  return {
    ...empty,
    status: 'ok',
    reason: null,
    benchmark: study.model === 'raw' ? null : benchmark,
    days,
    car: study.car,
    carVariance: study.carVariance,
    carTStat: study.carTStat,
    carPValue: study.carPValue,
    df: study.df,
    alpha: study.alpha,
    beta: study.beta,
    r2: study.r2,
    loadings: study.loadings === null ? null : definedValues(study.loadings),
    bhar: study.bhar,
    residualSd: study.residualSd,
    estimationDays: study.estimationDays,
    estimationFrom: study.estimationFrom,
    estimationTo: study.estimationTo,
    marketValueChange: valueDays > 0 ? valueChange : null,
    abnormalValueUsd:
      shares && iDay0 > 0 ? study.car * shares.shares * (close[iDay0 - 1] ?? Number.NaN) : null,
    sharesOutstanding: shares,
    notes: study.notes,
  };
}

function definedValues(o: Partial<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(o).filter((e): e is [string, number] => e[1] !== undefined),
  );
}

const pendingDay = {
  close: null,
  rebased: null,
  return: null,
  benchmarkReturn: null,
  abnormalReturn: null,
  car: null,
  carVariance: null,
  arTStat: null,
  marketValueChange: null,
  pending: true as const,
};
