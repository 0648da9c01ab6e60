export * from './data-dictionary-markdown.js';
export * from './markdown-table.js';
export * from './replace-between-markers.js';
export * from './schema-sql.js';
