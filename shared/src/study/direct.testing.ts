// Test-only: the event study computed the slow, obvious way (per-date maps, two-pass sums, full
// sorts, every pair of tickers), to check the engine's fast paths against. Never imported by
// library code.
import { normalTwoSidedP, studentTTwoSidedP } from './distributions';
import type { ReturnSeries } from './series';
import type { StudyModel } from './study-types';

export interface DirectStudy {
  status: 'ok';
  alpha: number | null;
  beta: number | null;
  r2: number | null;
  residualSd: number;
  df: number;
  estimationDays: number;
  positiveShare: number;
  car: number;
  carVariance: number;
  carTStat: number | null;
  carPValue: number | null;
  /** Π(1 + R) - Π(1 + R - AR) over the window's days with an AR. */
  bhar: number;
  days: { offset: number; ar: number | null; car: number | null; variance: number | null }[];
  /** Estimation ARs by offset from day 0 (missing days left out). */
  residuals: Map<number, number>;
  /** Estimation ARs by session date, for pairwise correlations. */
  residualsByDate: Map<string, number>;
}

/** Returns of the stock and benchmark on the benchmark's sessions, spelled out per date. */
function aligned(stock: ReturnSeries, benchmark: ReturnSeries | null) {
  if (benchmark === null) {
    return { dates: stock.dates, ri: Array.from(stock.returns), rm: null };
  }
  const same =
    stock.dates.length === benchmark.dates.length &&
    stock.dates.every((d, i) => d === benchmark.dates[i]);
  if (same) {
    return {
      dates: benchmark.dates,
      ri: Array.from(stock.returns),
      rm: Array.from(benchmark.returns),
    };
  }
  const price = new Map(stock.dates.map((d, i) => [d, stock.closes[i] ?? Number.NaN]));
  const ri: number[] = [];
  const rm: number[] = [];
  let before: { ps: number; pm: number } | null = null;
  benchmark.dates.forEach((date, t) => {
    const ps = price.get(date) ?? Number.NaN;
    const pm = benchmark.closes[t] ?? Number.NaN;
    if (!(ps > 0) || !(pm > 0)) {
      ri.push(Number.NaN);
      rm.push(Number.NaN);
      return;
    }
    ri.push(before === null ? Number.NaN : ps / before.ps - 1);
    rm.push(before === null ? Number.NaN : pm / before.pm - 1);
    before = { ps, pm };
  });
  return { dates: benchmark.dates, ri, rm };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: readonly number[]) => sum(xs) / xs.length;

/** One ticker around one day 0, or null when the engine should exclude it. */
export function directStudy(o: {
  stock: ReturnSeries;
  benchmark: ReturnSeries | null;
  day0: string;
  pre: number;
  post: number;
  estimation: readonly [number, number];
  model: StudyModel;
  minEstimationDays: number;
}): DirectStudy | null {
  const { dates, ri, rm } = aligned(o.stock, o.benchmark);
  const d0 = dates.indexOf(o.day0);
  const last = dates.length - 1;
  if (d0 < 0 || d0 - o.pre < 1 || d0 + o.post > last) return null;
  const abnormal = (t: number, alpha: number, beta: number): number => {
    const y = ri[t] ?? Number.NaN;
    if (o.model === 'raw') return y;
    return y - alpha - beta * (rm?.[t] ?? Number.NaN);
  };
  const rows: { t: number; x: number; y: number }[] = [];
  for (let t = Math.max(1, d0 + o.estimation[0]); t <= Math.min(last, d0 + o.estimation[1]); t++) {
    const y = ri[t] ?? Number.NaN;
    const x = o.model === 'raw' ? 0 : (rm?.[t] ?? Number.NaN);
    if (Number.isFinite(y) && Number.isFinite(x)) rows.push({ t, x, y });
  }
  const n = rows.length;
  const minDays = Math.max(o.minEstimationDays, o.model === 'market' ? 3 : 2);
  if (n < minDays) return null;
  const mx = mean(rows.map((r) => r.x));
  const my = mean(rows.map((r) => r.y));
  const sxx = sum(rows.map((r) => (r.x - mx) ** 2));
  const sxy = sum(rows.map((r) => (r.x - mx) * (r.y - my)));
  const syy = sum(rows.map((r) => (r.y - my) ** 2));
  const market = o.model === 'market';
  if (market && !(sxx > 0)) return null;
  const beta = market ? sxy / sxx : o.model === 'raw' ? 0 : 1;
  const alpha = market ? my - beta * mx : 0;
  const ars = rows.map((r) => abnormal(r.t, alpha, beta));
  const arMean = mean(ars);
  const ss = sum(ars.map((e) => (e - arMean) ** 2));
  const s2 = market ? ss / (n - 2) : ss / (n - 1);
  const df = market ? n - 2 : n - 1;
  const days: DirectStudy['days'] = [];
  let car = 0;
  let l2 = 0;
  let sumDm = 0;
  let held = 1;
  let normal = 1;
  for (let t = d0 - o.pre; t <= d0 + o.post; t++) {
    const ar = abnormal(t, alpha, beta);
    if (Number.isFinite(ar)) {
      held *= 1 + (ri[t] ?? Number.NaN);
      normal *= 1 + (ri[t] ?? Number.NaN) - ar;
    }
    if (!Number.isFinite(ar)) {
      days.push({ offset: t - d0, ar: null, car: l2 > 0 ? car : null, variance: null });
      continue;
    }
    car += ar;
    l2 += 1;
    const dm = (rm?.[t] ?? Number.NaN) - mx;
    sumDm += dm;
    const variance = market ? s2 * (1 + 1 / n + (dm * dm) / sxx) : s2;
    days.push({ offset: t - d0, ar, car, variance });
  }
  if (l2 === 0) return null;
  const carVariance = market ? s2 * (l2 + (l2 * l2) / n + sumDm ** 2 / sxx) : l2 * s2;
  const degenerate = !(s2 > 1e-20 * (market ? syy / (n - 1) : s2));
  const carTStat = degenerate ? null : car / Math.sqrt(carVariance);
  return {
    status: 'ok',
    alpha: market ? alpha : null,
    beta: market ? beta : null,
    r2: market ? 1 - ss / syy : null,
    residualSd: Math.sqrt(s2),
    df,
    estimationDays: n,
    positiveShare: ars.filter((e) => e > 0).length / n,
    car,
    carVariance,
    carTStat,
    bhar: held - normal,
    carPValue: carTStat === null ? null : studentTTwoSidedP(carTStat, df),
    days,
    residuals: new Map(rows.map((r, k) => [r.t - d0, ars[k] ?? Number.NaN])),
    residualsByDate: new Map(rows.map((r, k) => [dates[r.t] ?? '', ars[k] ?? Number.NaN])),
  };
}

function pearson(a: Map<string, number>, b: Map<string, number>): number | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [date, x] of a) {
    const y = b.get(date);
    if (y !== undefined) {
      xs.push(x);
      ys.push(y);
    }
  }
  if (xs.length < 30) return null;
  const mx = mean(xs);
  const my = mean(ys);
  const sxy = sum(xs.map((x, k) => (x - mx) * ((ys[k] ?? 0) - my)));
  const sxx = sum(xs.map((x) => (x - mx) ** 2));
  const syy = sum(ys.map((y) => (y - my) ** 2));
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/** Ranks 1..m of the values, ties sharing their average. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((v, k) => ({ v, k })).sort((a, b) => a.v - b.v);
  const out = new Array<number>(values.length).fill(0);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]?.v === order[i]?.v) j++;
    for (let q = i; q < j; q++) out[order[q]?.k ?? 0] = (i + 1 + j) / 2;
    i = j;
  }
  return out;
}

const crossT = (xs: readonly number[]): number | null => {
  if (xs.length < 2) return null;
  const m = mean(xs);
  const sd = Math.sqrt(sum(xs.map((x) => (x - m) ** 2)) / (xs.length - 1));
  return sd > 0 ? m / (sd / Math.sqrt(xs.length)) : null;
};

/** The aggregate tests over included studies, each from its textbook formula. */
export function directAggregate(studies: readonly DirectStudy[]) {
  const n = studies.length;
  const std = studies.filter((s) => s.carTStat !== null);
  const scars = std.map((s) => s.carTStat ?? 0);
  const pairs: number[] = [];
  for (let i = 0; i < std.length; i++) {
    for (let j = i + 1; j < std.length; j++) {
      const c = pearson(std[i]?.residualsByDate ?? new Map(), std[j]?.residualsByDate ?? new Map());
      if (c !== null) pairs.push(c);
    }
  }
  const r = pairs.length > 0 ? mean(pairs) : null;
  const rr = r ?? 0;
  const kp = std.length >= 2 ? Math.sqrt((1 - rr) / (1 + (std.length - 1) * rr)) : 1;
  const bmp = crossT(scars);
  const patellVar = sum(std.filter((s) => s.df > 2).map((s) => s.df / (s.df - 2)));
  const patell = patellVar > 0 ? sum(scars) / Math.sqrt(patellVar) : null;
  // Panel by offset: mean AR (portfolio) and mean standardised rank (Corrado).
  const byOffset = new Map<number, { ars: number[]; us: number[] }>();
  const eventOffsets = new Set<number>();
  for (const s of studies) {
    const own = [...s.residuals].map(([offset, ar]) => ({ offset, ar }));
    for (const d of s.days) {
      eventOffsets.add(d.offset);
      if (d.ar !== null) own.push({ offset: d.offset, ar: d.ar });
    }
    const k = ranks(own.map((e) => e.ar));
    own.forEach((e, q) => {
      const slot = byOffset.get(e.offset) ?? { ars: [], us: [] };
      slot.ars.push(e.ar);
      slot.us.push((k[q] ?? 0) / (own.length + 1) - 0.5);
      byOffset.set(e.offset, slot);
    });
  }
  const offsets = [...byOffset.keys()].sort((a, b) => a - b);
  const estimation = offsets.filter((t) => !eventOffsets.has(t));
  const window = offsets.filter((t) => eventOffsets.has(t));
  const portfolioAr = (t: number) => mean(byOffset.get(t)?.ars ?? []);
  const pMean = mean(estimation.map(portfolioAr));
  const sp2 = sum(estimation.map((t) => (portfolioAr(t) - pMean) ** 2)) / (estimation.length - 1);
  const portfolio = sp2 > 0 ? sum(window.map(portfolioAr)) / Math.sqrt(window.length * sp2) : null;
  const ubar = (t: number) => mean(byOffset.get(t)?.us ?? []);
  const su = Math.sqrt(mean(offsets.map((t) => ubar(t) ** 2)));
  const rank = su > 0 ? sum(window.map(ubar)) / (Math.sqrt(window.length) * su) : null;
  const cars = studies.map((s) => s.car);
  const pHat = mean(studies.map((s) => s.positiveShare));
  const w = cars.filter((c) => c > 0).length;
  const signVar = n * pHat * (1 - pHat);
  const width = studies[0]?.days.length ?? 0;
  const days = Array.from({ length: width }, (_, k) => {
    const ars = studies.flatMap((s) => (s.days[k]?.ar === null ? [] : [s.days[k]?.ar ?? 0]));
    return { aar: ars.length > 0 ? mean(ars) : 0, n: ars.length, tStat: crossT(ars) };
  });
  return {
    caar: mean(cars),
    meanCorrelation: std.length >= 2 ? r : null,
    kpFactor: kp,
    days,
    tests: {
      'bmp-kp': bmp === null ? null : bmp * kp,
      'patell-kp': patell === null ? null : patell * kp,
      portfolio,
      rank,
      bmp,
      patell,
      'cross-sectional-t': crossT(cars),
      'generalized-sign': signVar > 0 ? (w - n * pHat) / Math.sqrt(signVar) : null,
      'bhar-skewness-adjusted': lyonBarberTsai(studies.map((s) => s.bhar)),
    },
    pValues: { patell: patell === null ? null : normalTwoSidedP(patell) },
  };
}

/** t_sa = sqrt(N)(S + γS²/3 + γ/(6N)), S = mean/sd, γ = Σ(x - mean)³/(N sd³) (LBT 1999, eq. 5). */
function lyonBarberTsai(x: number[]): number | null {
  const n = x.length;
  if (n < 3) return null;
  const m = mean(x);
  const sd = Math.sqrt(sum(x.map((v) => (v - m) ** 2)) / (n - 1));
  if (!(sd > 0)) return null;
  const g = sum(x.map((v) => (v - m) ** 3)) / (n * sd ** 3);
  const s = m / sd;
  return Math.sqrt(n) * (s + (g * s * s) / 3 + g / (6 * n));
}
