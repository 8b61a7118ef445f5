export * from './common';
export * from './companies';
export * from './events';
export * from './health';
export * from './prices';
