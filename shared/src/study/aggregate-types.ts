import type { StudyModel } from './study-types';

export type StudyTestId =
  | 'bmp-kp'
  | 'patell-kp'
  | 'portfolio'
  | 'rank'
  | 'bmp'
  | 'patell'
  | 'cross-sectional-t'
  | 'generalized-sign'
  | 'bhar-skewness-adjusted';

/** One test of H0: CAAR = 0 over the event window. */
export interface StudyTest {
  id: StudyTestId;
  name: string;
  /** Null when the test cannot be computed (too few observations, zero variance). */
  statistic: number | null;
  /** Two-sided. */
  pValue: number | null;
  /** Observations the test rests on (tickers or events). */
  n: number;
  /** Reference distribution, e.g. `t(14)` or `N(0,1)`. */
  distribution: string;
  /** True for tests that stay valid when abnormal returns are correlated across tickers. */
  clusteringRobust: boolean;
  note?: string;
}

/** Cross-sectional averages at one event-time offset. */
export interface AggregateDay {
  offset: number;
  /** The session date when every study shares it (one event), else null (several events). */
  date: string | null;
  /** Average AR over the studies with a return that day. */
  aar: number;
  /** Σ AAR from the start of the window to this day. */
  caar: number;
  n: number;
  /** Cross-sectional t of the AAR (null when n < 2 or the ARs do not vary). */
  tStat: number | null;
  pValue: number | null;
}

export interface StudyAggregate {
  model: StudyModel;
  pre: number;
  post: number;
  /** Studies that entered the tests. */
  n: number;
  /** Studies handed in as `excluded` (each carries its reason). */
  excluded: number;
  /** Mean CAR over the included studies. */
  caar: number;
  days: AggregateDay[];
  /** Mean pairwise correlation of estimation residuals (Kolari-Pynnönen r), null if not estimable. */
  meanCorrelation: number | null;
  /**
   * The Kolari-Pynnönen factor sqrt((1 - r)/(1 + (N - 1) r)) applied to BMP and Patell; null when
   * r makes it undefined (then the adjusted tests are null too).
   */
  kpFactor: number | null;
  /** Clustering-robust tests first; the first one (KP-adjusted BMP) is the headline. */
  tests: StudyTest[];
  notes: string[];
}
