/** The evaluation toolkit: PAN measures, the natural-span rule, reporters and the loader of eval sets. */
export * from './annotation.js';
export * from './boilerplate.js';
export * from './dataset.js';
export * from './evaluate.js';
export * from './from-matches.js';
export * from './intervals.js';
export * from './merge.js';
export * from './natural.js';
export * from './negatives.js';
export * from './pan.js';
export * from './table.js';
