import type { ReturnSeries } from './series';
import { StudyError } from './study-error';

/**
 * Equal-weighted basket rebalanced daily: R_b,t = (1/n_t) Σ R_i,t over the n_t members with a
 * return on t (a price on t and on the basket's previous session), so a member that lists later
 * (ARM) joins on its second bar. Sessions are the union of the members'. The level starts at 100
 * and compounds R_b; a session where no member has a return gets no return.
 */
export function equalWeightBasket(members: readonly ReturnSeries[]): ReturnSeries {
  if (members.length === 0)
    throw new StudyError('bad-basket', 'a basket needs at least one series');
  const dates = [...new Set(members.flatMap((m) => m.dates))].sort();
  const closes = new Float64Array(dates.length);
  const returns = new Float64Array(dates.length);
  let level = 100;
  for (let t = 0; t < dates.length; t += 1) {
    let sum = 0;
    let n = 0;
    const date = dates[t] ?? '';
    const before = t > 0 ? (dates[t - 1] ?? '') : '';
    for (const m of members) {
      const i = m.indexOf.get(date);
      if (i === undefined || i === 0 || m.dates[i - 1] !== before) continue;
      const r = m.returns[i] ?? Number.NaN;
      if (Number.isFinite(r)) {
        sum += r;
        n += 1;
      }
    }
    const r = n > 0 ? sum / n : Number.NaN;
    if (n > 0) level *= 1 + r;
    closes[t] = level;
    returns[t] = r;
  }
  const indexOf = new Map(dates.map((d, i) => [d, i]));
  return { dates, closes, returns, indexOf };
}

/** The peer basket without the ticker being measured, so it is not regressed on itself. */
export function leaveOneOutBasket(
  peers: readonly { ticker: string; series: ReturnSeries }[],
  ticker: string,
): ReturnSeries {
  const others = peers.filter((p) => p.ticker !== ticker).map((p) => p.series);
  if (others.length === 0) {
    throw new StudyError('bad-basket', `no peers left once ${ticker} is taken out`);
  }
  return equalWeightBasket(others);
}
