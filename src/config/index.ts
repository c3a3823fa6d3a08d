/** Configuration: discovery, validation, ignore globs and inline suppression. */
export { ConfigError } from './config-error.js';
export * from './config.js';
export { CONFIG_FILE, IGNORE_FILE, loadConfig } from './discover.js';
export { globMatcher } from './ignore.js';
export { findSuppressions, suppress, type Suppression } from './suppression.js';
export { validateConfig } from './validate.js';
