// @anyam/core: the barrel only re-exports; each module documents itself.
export * from './domain/enums.js';
export * from './domain/schemas.js';
export * from './domain/tables.js';
export * from './domain/dataset-tables.js';
export * from './domain/data-dictionary.js';
export * from './domain/labels.js';
export * from './domain/parse-enum.js';
export * from './format/number.js';
export * from './format/rupiah.js';
export * from './format/date.js';
export * from './format/csv-cell.js';
export * from './format/formula-guard.js';
export * from './regions/code.js';
export * from './regions/reference.js';
export * from './metrics/index.js';
export * from './suppression/index.js';
export * from './data-dictionary/index.js';
