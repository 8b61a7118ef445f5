export * from './bar';
export * from './company';
export * from './event';
export * from './labels';
