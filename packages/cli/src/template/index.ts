// The import workbook a council fills in: the barrel only re-exports.
export * from './council-row.js';
export * from './build-template.js';
export * from './instructions.js';
