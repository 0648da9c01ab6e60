// @anyam/duckdb: the barrel only re-exports.
export * from './load-records.js';
export * from './bind-params.js';
export * from './pool.js';
export * from './error-sentence.js';
export * from './exact-json.js';
export * from './read-exact.js';
export * from './dataset-error.js';
export * from './dataset-tables.js';
export * from './manifest.js';
export * from './view-definition.js';
export * from './open-dataset.js';
export * from './dataset-version.js';
export * from './write-dataset.js';
export * from './derived/index.js';
export type { Json } from '@duckdb/node-api';
export * from './metrics/index.js';
export * from './sandbox/index.js';
export * from './state/index.js';
