// Derived tables: the barrel only re-exports.
export * from './derived-tables.js';
export * from './derived-span.js';
export * from './write-derived.js';
export * from './derived-views.js';
export * from './create-derived-tables.js';
