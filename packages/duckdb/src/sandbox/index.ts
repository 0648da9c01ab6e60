export * from './sandbox-error.js';
export * from './check-statement.js';
export * from './sandbox.js';
