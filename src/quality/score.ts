import type { Document, Word } from '../model.js';
import { bodyOf } from './body.js';
import { scoreConcreteness } from './concreteness/concreteness.js';
import { findFacts } from './concreteness/facts.js';
import { scoreFieldwork } from './fieldwork/fieldwork.js';
import { sortFindings } from './findings.js';
import { detectGenre, type Genre } from './genre.js';
import { normalizeScoreOptions, type ScoreOptions } from './options.js';
import type { QualityReport } from './quality-report.js';
import { round1 } from './spans.js';
import { scoreStructure } from './structure/structure.js';

/**
 * How the overall score weighs its parts, by genre: a research report is judged on its fieldwork too;
 * a speech lives by its structure as much as by its facts.
 */
export const GENRE_WEIGHTS: Readonly<Record<Genre, { concreteness: number; fieldwork: number; structure: number }>> = {
  调研报告: { concreteness: 0.4, fieldwork: 0.25, structure: 0.35 },
  工作报告: { concreteness: 0.55, fieldwork: 0, structure: 0.45 },
  讲话稿: { concreteness: 0.5, fieldwork: 0, structure: 0.5 },
};

/**
 * Scores a document's quality: concreteness (言之有物), fieldwork evidence (调研扎实度, counted for 调研报告
 * only) and structure, each 0–100, their genre-weighted sum, and every finding behind them. Pure: the
 * caller reads the file, segments it with POS tags (`segment(view, { tags: true })`) and loads clichés.
 */
export function scoreDocument(document: Document, words: readonly Word[], options: ScoreOptions = {}): QualityReport {
  const { cliches, genre: wanted } = normalizeScoreOptions(options);
  const { genre, source } = wanted === 'auto' ? detectGenre(document) : { genre: wanted, source: 'option' as const };
  const body = bodyOf(document.structure);
  const facts = findFacts(document, words);
  const concreteness = scoreConcreteness(document, body, words, facts, cliches);
  const fieldwork = scoreFieldwork(document, body, facts, genre === '调研报告');
  const structure = scoreStructure(document, body, genre);
  const w = GENRE_WEIGHTS[genre];
  const score = w.concreteness * concreteness.score.score + w.fieldwork * fieldwork.score.score + w.structure * structure.score.score;
  return {
    quality: {
      score: round1(score),
      genre,
      genreSource: source,
      concreteness: concreteness.score,
      fieldwork: fieldwork.score,
      structure: structure.score,
    },
    findings: sortFindings([...concreteness.findings, ...fieldwork.findings, ...structure.findings]),
  };
}
