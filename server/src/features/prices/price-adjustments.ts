import { InvalidResponseError } from './price-errors';
import type { DividendEvent, SplitEvent } from './price-provider.port';

/** What the planner needs of a bar, fresh from the provider or already stored. */
export interface PricePoint {
  date: string;
  close: number;
  adjClose: number;
}

/**
 * A rescale of a ticker's stored bars dated before `before`: the history the provider has
 * re-based since the store last saw it.
 */
export interface Adjustment {
  before: string;
  /** Multiplies open, high, low and close: the product of denominator / numerator of the splits. */
  priceFactor: number;
  /** Multiplies volume and share counts: 1 / priceFactor. */
  shareFactor: number;
  /** Multiplies adj_close: priceFactor times (1 - dividend / previous close) for each dividend. */
  adjFactor: number;
  /** In words, for the log and the run's message. */
  reason: string;
}

export interface PlanInput {
  ticker: string;
  splits: readonly SplitEvent[];
  dividends: readonly DividendEvent[];
  /** The provider's bars of this fetch, on today's basis, sorted by date. */
  fresh: readonly PricePoint[];
  /** The stored bars of the ticker, sorted by date. */
  stored: readonly PricePoint[];
}

/**
 * Which splits and dividends of a response the stored history does not reflect yet, as factors to
 * apply to the stored bars before each. Yahoo's adjusted close multiplies every close before an
 * ex-date by 1 - D / P, P the close of the session before it (the CRSP method; the recorded AAPL
 * chart of 2020 steps by exactly that factor), and a split of n:d scales prices by d/n.
 *
 * Whether an event is already in the store is read from the data, not remembered: on the last
 * stored session before the event, the fresh adjusted close over the stored one is either about 1
 * (already applied, as on every refetch of the last sessions) or about the event's factor. With
 * no fresh bar on that session, stored bars on or after the event mean the history was written
 * after it (a download or an earlier fetch), so it already carries it.
 */
export function planAdjustments(input: PlanInput): Adjustment[] {
  const { stored, fresh } = input;
  const freshByDate = new Map(fresh.map((b) => [b.date, b]));
  const groups = groupByPreviousStored(input);
  const plan: Adjustment[] = [];
  let laterAdj = 1;
  let laterPrice = 1;
  for (const group of groups) {
    const priceFactor = group.splits.reduce((f, s) => (f * s.denominator) / s.numerator, 1);
    let adjFactor = priceFactor;
    for (const dividend of group.dividends) {
      const before = lastBefore(fresh, dividend.date);
      const previousClose = before ? before.close : group.previous.close * priceFactor * laterPrice;
      const factor = 1 - dividend.amount / previousClose;
      if (!(factor > 0 && factor < 1)) {
        throw new InvalidResponseError({
          ticker: input.ticker,
          field: 'events.dividends',
          detail: `a dividend of ${dividend.amount} on ${dividend.date} against a close of ${previousClose}`,
        });
      }
      adjFactor *= factor;
    }
    if (adjFactor === 1 && priceFactor === 1) continue;
    const overlap = freshByDate.get(group.previous.date);
    const applied = overlap
      ? nearer(Math.log(overlap.adjClose / group.previous.adjClose), {
          applied: Math.log(laterAdj),
          pending: Math.log(laterAdj * adjFactor),
        }) === 'applied'
      : stored.some((b) => b.date >= group.before);
    if (applied) continue;
    plan.push({
      before: group.before,
      priceFactor,
      shareFactor: 1 / priceFactor,
      adjFactor,
      reason: group.reason,
    });
    laterAdj *= adjFactor;
    laterPrice *= priceFactor;
  }
  return plan.reverse();
}

interface EventGroup {
  /** The last stored bar before the group's events. */
  previous: PricePoint;
  /** The earliest event date of the group. */
  before: string;
  splits: SplitEvent[];
  dividends: DividendEvent[];
  reason: string;
}

/**
 * Events with no stored session between them rescale the same stored bars, so they are decided
 * together. Groups come latest first, the order in which their factors compound.
 */
function groupByPreviousStored(input: PlanInput): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  const add = (date: string, put: (g: EventGroup) => void, words: string) => {
    const previous = lastBefore(input.stored, date);
    if (!previous) return;
    let group = groups.get(previous.date);
    if (!group) {
      group = { previous, before: date, splits: [], dividends: [], reason: '' };
      groups.set(previous.date, group);
    }
    put(group);
    if (date < group.before) group.before = date;
    group.reason = group.reason ? `${group.reason}; ${words}` : words;
  };
  for (const s of input.splits) {
    add(s.date, (g) => g.splits.push(s), `${s.numerator}:${s.denominator} split on ${s.date}`);
  }
  for (const d of input.dividends) {
    add(d.date, (g) => g.dividends.push(d), `dividend of ${d.amount} going ex on ${d.date}`);
  }
  return [...groups.values()].sort((a, b) => b.before.localeCompare(a.before));
}

/** The last point dated strictly before `date`, in a list sorted by date. */
function lastBefore(points: readonly PricePoint[], date: string): PricePoint | undefined {
  let found: PricePoint | undefined;
  for (const p of points) {
    if (p.date >= date) break;
    found = p;
  }
  return found;
}

function nearer(
  logRatio: number,
  options: { applied: number; pending: number },
): 'applied' | 'pending' {
  return Math.abs(logRatio - options.pending) < Math.abs(logRatio - options.applied)
    ? 'pending'
    : 'applied';
}
