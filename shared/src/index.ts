export * from './calendar/index';
export * from './domain/index';
export * from './study/index';
