/** The quality scorer's public surface: what `check` and `score` call. */
export { parseCliches, findCliches, type ClicheList, type Cliche } from './cliches.js';
export { GENRES, detectGenre, type Genre } from './genre.js';
export type { ScoreOptions } from './options.js';
export type { QualityReport, Quality } from './quality-report.js';
export { scoreDocument, GENRE_WEIGHTS } from './score.js';
