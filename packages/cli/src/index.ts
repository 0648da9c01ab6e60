// @anyam/cli: the barrel only re-exports what other commands and tests build on.
export * from './main.js';
export * from './command.js';
export * from './io.js';
export * from './cli-error.js';
export * from './parse-command-args.js';
export * from './parse-flags.js';
export * from './resolve-data-dir.js';
export * from './progress.js';
export * from './format/cell-text.js';
export * from './format/format-table.js';
export * from './format/format-csv.js';
export * from './format/format-json.js';
export * from './format/format-bytes.js';
export { commands } from './commands/index.js';
export { runImport, type RunImportOptions, type RunImportResult } from './import/run-import.js';
export { exportCsv, exportXlsx } from './import/export-tables.js';
export { templateBytes, councilRow, UnknownCouncil, type CouncilRow } from './template/index.js';
