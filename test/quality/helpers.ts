import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestRaw } from '../../src/ingest/ingest.js';
import { segment } from '../../src/ingest/segment/segment.js';
import type { Document, Span } from '../../src/model.js';
import { parseCliches } from '../../src/quality/cliches.js';
import type { Genre } from '../../src/quality/genre.js';
import type { QualityReport } from '../../src/quality/quality-report.js';
import { scoreDocument } from '../../src/quality/score.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/quality');
/** The shared corpus, when this checkout sits beside it; tests that need it skip without it. */
export const SHARED = resolve(ROOT, '../shared/corpora/reference');
export const hasShared = existsSync(join(SHARED, 'gov-reports'));

export const CLICHES = parseCliches(readFileSync(join(ROOT, 'data/cliches.txt'), 'utf8'));

export function documentOf(text: string): Document {
  return ingestRaw({ path: 'test.txt', format: 'txt', encoding: 'utf-8', text, blocks: [], warnings: [], meta: {} });
}

/** Scores a text as `wenchao score` would (tags on, package clichés). */
export function score(text: string, genre: Genre | 'auto' = 'auto'): QualityReport {
  const document = documentOf(text);
  return scoreDocument(document, segment(document.normalised, { tags: true }), { cliches: CLICHES, genre });
}

/** Structure does not look at words: scoring without them is faster and gives the same structure score. */
export function structureScore(text: string, genre: Genre | 'auto' = 'auto'): number {
  return scoreDocument(documentOf(text), [], { cliches: CLICHES, genre }).quality.structure.score;
}

export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

export const at = (text: string, span: Span): string => text.slice(span.start, span.end);

/** Files of a folder of the shared corpus, sorted, `.txt` only. */
export function sharedFiles(folder: string): string[] {
  const dir = join(SHARED, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Real paragraphs for the property tests: every `step`-th paragraph line of 80–600 characters that
 * holds a figure, from the given files, up to `limit`. Deterministic.
 */
export function sampleParagraphs(files: readonly string[], limit: number, step = 7): string[] {
  const out: string[] = [];
  let seen = 0;
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/u)) {
      const p = line.trim();
      if (p.length < 80 || p.length > 600 || !/[0-9０-９]/u.test(p)) continue;
      if (seen++ % step === 0) out.push(p);
      if (out.length >= limit) return out;
    }
  }
  return out;
}
