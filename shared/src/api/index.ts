export * from './common';
export * from './companies';
export * from './events';
export * from './feeds';
export * from './health';
export * from './heatmap';
export * from './prices';
export * from './window';
