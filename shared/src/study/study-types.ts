import type { EstimationResiduals } from './estimation-residuals';

/**
 * `raw`: AR = R. `market-adjusted`: AR = R - Rm. `market`: AR = R - alpha - beta Rm, by OLS over
 * the estimation window (the default). `ff3`, `carhart`, `ff5`: AR = (R - Rf) - (a + b'F), by
 * OLS of excess returns on the model's factors (see factor-series.ts).
 */
export const studyModels = ['raw', 'market-adjusted', 'market', 'ff3', 'carhart', 'ff5'] as const;
export type StudyModel = (typeof studyModels)[number];

/** Default estimation window, in sessions relative to day 0 (design.md). */
export const defaultEstimation: readonly [number, number] = [-250, -11];

/** Fewest valid estimation returns before a ticker is excluded (design.md). */
export const defaultMinEstimationDays = 100;

/** One session of the event window. Values are null where the stock has no price that day. */
export interface StudyDay {
  offset: number;
  date: string;
  close: number | null;
  /** Simple close-to-close return as a fraction. */
  return: number | null;
  benchmarkReturn: number | null;
  abnormalReturn: number | null;
  /** Cumulative AR from the first day of the window to this one. */
  car: number | null;
  /**
   * Var(CAR) over the same days (MacKinlay 1997, 4.3, summed to this day): the CAR band's width.
   * Market model: s²[k + k²/L1 + (Σ(Rm - mean_m))² / Σ_est(Rm - mean_m)²] over the k valid days.
   */
  carVariance: number | null;
  arVariance: number | null;
  /** AR / sqrt(Var(AR)): the standardized AR of Patell and BMP. */
  arTStat: number | null;
}

export interface TickerStudyOk {
  status: 'ok';
  model: StudyModel;
  day0: string;
  pre: number;
  post: number;
  estimation: [number, number];
  days: StudyDay[];
  /** Σ AR over the valid days of the window. */
  car: number;
  carVariance: number;
  /**
   * CAR / sqrt(Var(CAR)), the standardized CAR (SCAR) of Patell and BMP. Null when the residual
   * variance is zero (a stock that moves exactly with its benchmark), as are the day t stats.
   */
  carTStat: number | null;
  /** Two-sided, Student t with `df` degrees of freedom. */
  carPValue: number | null;
  /** L1 - 2 for the market model, L1 - k - 1 for k factors, L1 - 1 for raw and market-adjusted. */
  df: number;
  /**
   * Null when the model does not estimate it (raw, market-adjusted). For a factor model alpha is
   * the intercept a and beta the loading on Mkt-RF.
   */
  alpha: number | null;
  beta: number | null;
  r2: number | null;
  /** A factor model's loadings b by factor (mktRf, smb, hml, rmw, cma, mom); null otherwise. */
  loadings: Partial<Record<string, number>> | null;
  /**
   * Buy-and-hold abnormal return over the window's valid days: Π(1 + R) - Π(1 + E[R]), E from the
   * model (the benchmark's return for market-adjusted, 0 for raw).
   */
  bhar: number | null;
  residualSd: number;
  /** Valid returns in the estimation window, L1. */
  estimationDays: number;
  estimationFrom: string;
  estimationTo: string;
  /** Valid returns in the event window, L2. */
  eventDays: number;
  /** Share of estimation-window ARs above zero (the generalized sign test's p̂ for this ticker). */
  positiveShare: number;
  /** Engine input for the aggregate tests; serialises to `{ firstOffset, dates, values }`. */
  estimationResiduals: EstimationResiduals;
  notes: string[];
}

export interface TickerStudyExcluded {
  status: 'excluded';
  day0: string;
  reason: string;
}

export type TickerStudy = TickerStudyOk | TickerStudyExcluded;
