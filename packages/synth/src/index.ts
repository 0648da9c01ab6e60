// @anyam/synth: the barrel only re-exports.
export * from './generate.js';
export * from './planted-effects.js';
export * from './scales.js';
export * from './scope.js';
