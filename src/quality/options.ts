import type { ClicheList } from './cliches.js';
import { parseCliches } from './cliches.js';
import type { Genre } from './genre.js';

/** What a caller passes to `scoreDocument`. */
export interface ScoreOptions {
  /** The 空话套话 list (`parseCliches(data/cliches.txt, corpora/cliches.txt)`); none when absent. */
  readonly cliches?: ClicheList;
  /** Score as this genre; `auto` (the default) detects it from the title, headings and opening. */
  readonly genre?: Genre | 'auto';
}

/** Options with the defaults filled in, once. */
export interface NormalizedScoreOptions {
  readonly cliches: ClicheList;
  readonly genre: Genre | 'auto';
}

const NO_CLICHES = parseCliches();

export function normalizeScoreOptions(options: ScoreOptions = {}): NormalizedScoreOptions {
  return { cliches: options.cliches ?? NO_CLICHES, genre: options.genre ?? 'auto' };
}
