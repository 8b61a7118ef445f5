export * from './calendar-date';
export * from './day0';
export * from './day0-error';
export * from './instant';
export * from './live-day0';
export {
  dayLabel,
  type NewYorkTime,
  newYorkTime,
  newYorkToEpoch,
  toNewYorkIso,
} from './new-york-time';
export * from './nyse-holidays';
export * from './sessions';
