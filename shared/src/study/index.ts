export * from './distributions';
export * from './market-model';
export { prepareSeries, type ReturnSeries, seriesFromCloses } from './series';
export * from './study-error';
export * from './study-types';
export * from './ticker-study';
export { formatOffset, formatWindow, validateWindows } from './windows';
