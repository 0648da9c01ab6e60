// The field-data import: the barrel only re-exports.
export * from './run-import.js';
export * from './check-folders.js';
export * from './export-tables.js';
export * from './find-sources.js';
export * from './build-report.js';
export * from './messages.js';
export * from './scan-csv.js';
