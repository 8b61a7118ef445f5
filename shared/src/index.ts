export * from './api/index';
export * from './calendar/index';
export * from './csv/csv';
export * from './domain/index';
export * from './study/index';
