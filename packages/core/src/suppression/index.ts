export * from './suppress.js';
export * from './suppression-spec.js';
