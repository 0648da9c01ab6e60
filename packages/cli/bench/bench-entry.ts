// What bench/import.mjs needs, bundled from the TypeScript sources.
export { DuckDBInstance } from '@duckdb/node-api';
export { generate } from '@anyam/synth';
export { exportCsv, runImport } from '../src/import/index.js';
