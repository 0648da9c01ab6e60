export * from './sandbox-error.js';
export * from './check-statement.js';
export * from './check-syntax-tree.js';
export * from './scrub-paths.js';
export * from './worker-path.js';
export * from './worker-pool.js';
export * from './sandbox.js';
