import { join } from 'node:path';

/** Where `index` writes and `check` reads the corpus index unless told otherwise. */
export const DEFAULT_DB = join('corpora', '.wenchao', 'index.sqlite');

/** Common formulations the user allows, one per line (`#` comments). */
export const DEFAULT_WHITELIST = join('corpora', 'whitelist.txt');
