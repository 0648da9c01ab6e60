export * from './run-metric.js';
export * from './connection-queryable.js';
