import type { StudyDay, TickerStudyOk } from './study-types';

/**
 * The day objects are most of what a study would allocate, and the share of positive ARs a
 * pass over the estimation window the fit may not need; most studies are only aggregated
 * (which counts the ARs in its own pass), so both are computed from the residual view on
 * first read, then kept.
 */
export function withLazyDays(study: Omit<TickerStudyOk, 'days' | 'positiveShare'>): TickerStudyOk {
  Object.defineProperty(study, 'days', lazyDays);
  Object.defineProperty(study, 'positiveShare', lazyPositiveShare);
  if (!isComplete(study)) throw new Error('unreachable: days and positiveShare were just defined');
  return study;
}

function keep(study: object, key: string, value: unknown): void {
  Object.defineProperty(study, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

function readDays(this: TickerStudyOk): StudyDay[] {
  const days = this.estimationResiduals.eventDays();
  keep(this, 'days', days);
  return days;
}

function readPositiveShare(this: TickerStudyOk): number {
  const share = this.estimationResiduals.positiveCount() / this.estimationDays;
  keep(this, 'positiveShare', share);
  return share;
}

// One accessor pair per property for every study, so that all studies keep one hidden class.
const lazyDays: PropertyDescriptor = {
  get: readDays,
  set(this: TickerStudyOk, days: StudyDay[]) {
    keep(this, 'days', days);
  },
  enumerable: true,
  configurable: true,
};

const lazyPositiveShare: PropertyDescriptor = {
  get: readPositiveShare,
  set(this: TickerStudyOk, share: number) {
    keep(this, 'positiveShare', share);
  },
  enumerable: true,
  configurable: true,
};

function isComplete(s: Omit<TickerStudyOk, 'days' | 'positiveShare'>): s is TickerStudyOk {
  return Object.hasOwn(s, 'days') && Object.hasOwn(s, 'positiveShare');
}
