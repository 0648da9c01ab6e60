// @anyam/duckdb: the barrel only re-exports.
export * from './load-records.js';
