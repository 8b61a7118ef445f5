/**
 * Daily factor returns (Kenneth French's data library) on their own calendar, as fractions, and
 * the factor models built on them (Fama and French 1993, 2015; Carhart 1997).
 */
export type FactorModel = 'ff3' | 'carhart' | 'ff5';
/**
 * `smb5` and `hml5` are the 5-factor file's SMB and HML: French builds SMB differently for the
 * 2x3 five-factor sorts, so FF5 regresses on its own, FF3 and Carhart on the 3-factor file's.
 */
export type FactorName = 'mktRf' | 'smb' | 'hml' | 'smb5' | 'hml5' | 'rmw' | 'cma' | 'mom';

export const factorModels: readonly FactorModel[] = ['ff3', 'carhart', 'ff5'];

/** The regressors F of each model, in the order its loadings are reported. */
export const factorsOf: Readonly<Record<FactorModel, readonly FactorName[]>> = {
  ff3: ['mktRf', 'smb', 'hml'],
  carhart: ['mktRf', 'smb', 'hml', 'mom'],
  ff5: ['mktRf', 'smb5', 'hml5', 'rmw', 'cma'],
};

/** The name a loading is reported under (the 5-factor SMB and HML are still SMB and HML). */
export const loadingName: Readonly<Record<FactorName, string>> = {
  mktRf: 'mktRf',
  smb: 'smb',
  hml: 'hml',
  smb5: 'smb',
  hml5: 'hml',
  rmw: 'rmw',
  cma: 'cma',
  mom: 'mom',
};

/** A loading's column heading, by the name it is reported under. */
export const loadingLabels: Readonly<Record<string, string>> = {
  mktRf: 'Mkt-RF',
  smb: 'SMB',
  hml: 'HML',
  rmw: 'RMW',
  cma: 'CMA',
  mom: 'MOM',
};

/** The loadings a model reports, in order: ff5 gives mktRf, smb, hml, rmw, cma. */
export function loadingsOf(model: FactorModel): string[] {
  return factorsOf[model].map((n) => loadingName[n]);
}

/** The model in words, for the event page's one-line explanation. */
export const factorModelNames: Readonly<Record<FactorModel, string>> = {
  ff3: 'Fama-French 3 factors + risk-free',
  carhart: 'Carhart 4 factors (Fama-French 3 + momentum) + risk-free',
  ff5: 'Fama-French 5 factors + risk-free',
};

export function isFactorModel(model: string): model is FactorModel {
  return model === 'ff3' || model === 'carhart' || model === 'ff5';
}

/** One session of factors, in percent as the library publishes them; null where a file lacks it. */
export interface FactorRow {
  date: string;
  mktRf: number;
  smb: number;
  hml: number;
  smb5: number | null;
  hml5: number | null;
  rmw: number | null;
  cma: number | null;
  mom: number | null;
  rf: number;
}

/** Factor returns as fractions on the factor calendar; NaN where a value is missing. */
export interface FactorSeries {
  readonly dates: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly columns: Readonly<Record<FactorName | 'rf', Float64Array>>;
}

const names: readonly (FactorName | 'rf')[] = [
  'mktRf',
  'smb',
  'hml',
  'smb5',
  'hml5',
  'rmw',
  'cma',
  'mom',
  'rf',
];

/** Rows in date order (percent) to a series of fractions: 1.13 becomes 0.0113. */
export function prepareFactors(rows: readonly FactorRow[]): FactorSeries {
  const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const dates = sorted.map((r) => r.date);
  const column = (name: FactorName | 'rf') =>
    Float64Array.from(sorted, (r) => {
      const v = r[name];
      return v === null ? Number.NaN : v / 100;
    });
  const columns = Object.fromEntries(names.map((n) => [n, column(n)])) as Record<
    FactorName | 'rf',
    Float64Array
  >;
  return { dates, indexOf: new Map(dates.map((d, i) => [d, i])), columns };
}

/** A factor series read on another calendar (a stock's aligned sessions). */
export interface AlignedFactors {
  readonly rf: Float64Array;
  readonly columns: Readonly<Record<FactorName, Float64Array>>;
  /** The last date with a factor row, or null when there is none. */
  readonly lastDate: string | null;
}

const aligned = new WeakMap<FactorSeries, WeakMap<readonly string[], AlignedFactors>>();

/** Reads the factors on `dates` (NaN where the factor calendar has no row), once per calendar. */
export function alignFactors(series: FactorSeries, dates: readonly string[]): AlignedFactors {
  let byCalendar = aligned.get(series);
  if (byCalendar === undefined) {
    byCalendar = new WeakMap();
    aligned.set(series, byCalendar);
  }
  const hit = byCalendar.get(dates);
  if (hit !== undefined) return hit;
  const pick = (c: Float64Array) =>
    Float64Array.from(dates, (d) => {
      const i = series.indexOf.get(d);
      return i === undefined ? Number.NaN : (c[i] ?? Number.NaN);
    });
  const c = series.columns;
  const out: AlignedFactors = {
    rf: pick(c.rf),
    columns: {
      mktRf: pick(c.mktRf),
      smb: pick(c.smb),
      hml: pick(c.hml),
      smb5: pick(c.smb5),
      hml5: pick(c.hml5),
      rmw: pick(c.rmw),
      cma: pick(c.cma),
      mom: pick(c.mom),
    },
    lastDate: series.dates.at(-1) ?? null,
  };
  byCalendar.set(dates, out);
  return out;
}
