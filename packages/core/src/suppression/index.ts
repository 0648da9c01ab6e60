export * from './suppress.js';
