// The state of accounts, sessions, submissions, dataset versions and the audit log.
export * from './types.js';
export * from './state-error.js';
export * from './account-rules.js';
export * from './password.js';
export * from './session-token.js';
export * from './state-dir.js';
export * from './open-state.js';
