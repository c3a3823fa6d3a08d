import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestRaw } from '../../src/ingest/ingest.js';
import { normalise } from '../../src/ingest/normalise/normalise.js';
import type { DocumentMeta, Match } from '../../src/model.js';
import type { DraftInput, DraftResult } from '../../src/similarity/check.js';
import { contentOf, isContentCodePoint } from '../../src/similarity/content.js';
import { bigrams, dice } from '../../src/similarity/bigrams.js';
import { editSimilarity } from '../../src/similarity/edit-similarity.js';
import { fingerprint } from '../../src/similarity/fingerprint.js';
import { NO_POSTINGS, type Postings, type SourceLookup } from '../../src/similarity/lookup.js';
import { prepare, type Prepared } from '../../src/similarity/prepared.js';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A fixture of test/fixtures/similarity, as written. */
export function fixture(name: string): string {
  return readFileSync(join(repo, 'test/fixtures/similarity', name), 'utf8');
}

/** The shared reference corpus beside the repository, or absent. */
export const CORPUS = resolve(repo, '../shared/corpora/reference');
export const hasCorpus = existsSync(CORPUS);

/** The sample corpus that ships with the project. */
export const SAMPLE = join(repo, 'corpora/sample');

let corpusFiles: string[] | undefined;

/** Every `.txt` file of the shared corpus, sorted (so samples are the same on every run). */
export function allCorpusFiles(): string[] {
  if (corpusFiles) return corpusFiles;
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.txt')) files.push(path);
    }
  };
  if (hasCorpus) walk(CORPUS);
  corpusFiles = files;
  return files;
}

/** About `count` corpus files, evenly spread over the sorted list (deterministic). */
export function corpusSample(count: number): string[] {
  const files = allCorpusFiles();
  if (files.length === 0) return [];
  const every = Math.max(1, Math.floor(files.length / count));
  return files.filter((_, i) => i % every === 0).slice(0, count);
}

/** A plain-text document as `ingest` would give it, without touching the disk. */
export function textDocument(path: string, text: string, meta: DocumentMeta = {}): DraftInput {
  return {
    path,
    document: ingestRaw({ path, format: 'txt', encoding: 'utf-8', text, blocks: [], warnings: [], meta }),
  };
}

/**
 * The corpus index without SQLite: winnowed fingerprints with their content positions, exactly what
 * `syncIndex` stores, and sources prepared the way `IndexLookup` prepares them.
 */
export class FingerprintLookup implements SourceLookup {
  readonly #postings = new Map<number, { length: number; docs: number[]; positions: number[] }>();
  readonly #sources: Prepared[] = [];
  readonly texts: string[] = [];

  add(path: string, text: string, meta: DocumentMeta = {}): number {
    const id = this.#sources.length;
    const { hashes, positions } = fingerprint(normalise(text));
    hashes.forEach((h, i) => {
      let list = this.#postings.get(h);
      if (!list) this.#postings.set(h, (list = { length: 0, docs: [], positions: [] }));
      list.docs.push(id);
      list.positions.push(positions[i]!);
      list.length++;
    });
    this.#sources.push(prepare(path, textDocument(path, text, meta).document));
    this.texts.push(text);
    return id;
  }

  postings(hash: number): Postings {
    return this.#postings.get(hash) ?? NO_POSTINGS;
  }

  source(id: number): Prepared {
    return this.#sources[id]!;
  }

  textOf(path: string): string | undefined {
    const i = this.#sources.findIndex((s) => s.path === path);
    return i < 0 ? undefined : this.texts[i];
  }
}

/** Content code points (letters, CJK, digits after normalisation) of a text. */
export function contentCodePoints(text: string): Uint32Array {
  return contentOf(normalise(text)).codePoints;
}

/** Content characters (letters, CJK, digits after normalisation) of a text. */
export function contentLength(text: string): number {
  let n = 0;
  for (const c of normalise(text).text) if (isContentCodePoint(c.codePointAt(0)!)) n++;
  return n;
}

/** Share of the content characters of `[start, end)` of `text` covered by the matches' spans. */
export function coverage(text: string, start: number, end: number, matches: readonly Match[]): number {
  let total = 0;
  let inside = 0;
  for (let i = start; i < end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    total++;
    if (matches.some((m) => m.start <= i && i < m.end)) inside++;
  }
  return total === 0 ? 0 : inside / total;
}

/** Everything that must hold of one draft's result, whatever the thresholds; an empty list when it does. */
export function resultProblems(result: DraftResult, draftText: string, sourceText: (path: string) => string | undefined): string[] {
  const problems: string[] = [];
  let previousEnd = -1;
  for (const [i, m] of result.matches.entries()) {
    const where = `match ${i} [${m.start}, ${m.end}) from ${m.source.path}`;
    if (!(m.start >= 0 && m.start < m.end && m.end <= draftText.length)) problems.push(`${where} is not inside the draft (${draftText.length})`);
    if (m.start < previousEnd) problems.push(`${where} overlaps or precedes the previous match (ends ${previousEnd})`);
    previousEnd = Math.max(previousEnd, m.end);
    const source = sourceText(m.source.path);
    if (source === undefined) problems.push(`${where} names an unknown source`);
    else if (!(m.source.start >= 0 && m.source.start < m.source.end && m.source.end <= source.length)) {
      problems.push(`${where}: source span [${m.source.start}, ${m.source.end}) is not inside the source (${source.length})`);
    }
    if (!(m.similarity >= 0 && m.similarity <= 1)) problems.push(`${where}: similarity ${m.similarity}`);
    else if (source !== undefined) {
      // The similarity is the higher of the spans' edit similarity and their bigram overlap: recomputed
      // from the spans, it is at least their edit similarity and at most the larger of the two.
      const a = contentCodePoints(draftText.slice(m.start, m.end));
      const b = contentCodePoints(source.slice(m.source.start, m.source.end));
      const edit = editSimilarity(a, b);
      const overlap = dice(bigrams(a, 0, a.length), bigrams(b, 0, b.length));
      if (m.similarity < edit - 0.002 || m.similarity > Math.max(edit, overlap) + 0.002) {
        problems.push(`${where}: similarity ${m.similarity}, but the spans' content has edit ${edit.toFixed(3)}, overlap ${overlap.toFixed(3)}`);
      }
    }
    if (!(m.chars > 0)) problems.push(`${where}: chars ${m.chars}`);
    const splits = (text: string, at: number): boolean => /[\ud800-\udbff]/u.test(text[at - 1] ?? '') && /[\udc00-\udfff]/u.test(text[at] ?? '');
    if (splits(draftText, m.start) || splits(draftText, m.end)) problems.push(`${where} splits a surrogate pair`);
    if (source !== undefined && (splits(source, m.source.start) || splits(source, m.source.end))) problems.push(`${where}: source span splits a surrogate pair`);
  }
  const ratios = [result.copyRatio, result.copyRatioExcludingQuotes, result.copyRatioExcludingSelf, result.maxSingleSourceRatio];
  for (const r of ratios) if (!(r >= 0 && r <= 1)) problems.push(`ratio ${r} outside [0, 1]`);
  if (result.copyRatioExcludingQuotes > result.copyRatio) problems.push('copyRatioExcludingQuotes > copyRatio');
  if (result.copyRatioExcludingSelf > result.copyRatio) problems.push('copyRatioExcludingSelf > copyRatio');
  if (result.maxSingleSourceRatio > result.copyRatio) problems.push('maxSingleSourceRatio > copyRatio');
  if (result.copiedChars > result.totalChars) problems.push('copiedChars > totalChars');
  const content = contentCodePoints(draftText).length;
  if (result.totalChars !== content) problems.push(`totalChars ${result.totalChars}, but the draft has ${content} content characters`);
  const share = result.totalChars === 0 ? 0 : Math.round((result.copiedChars / result.totalChars) * 10000) / 10000;
  if (result.copyRatio !== share) problems.push(`copyRatio ${result.copyRatio} ≠ copiedChars / totalChars (${share})`);
  const largest = Math.max(0, ...result.sources.map((s) => s.ratio));
  if (result.maxSingleSourceRatio !== largest) problems.push(`maxSingleSourceRatio ${result.maxSingleSourceRatio} ≠ largest source ratio ${largest}`);
  for (const s of result.sources) if (s.chars > result.copiedChars) problems.push(`source ${s.path} has ${s.chars} chars > copiedChars ${result.copiedChars}`);
  for (const s of result.sources) if (!(s.ratio >= 0 && s.ratio <= 1)) problems.push(`source ratio ${s.ratio}`);
  for (const s of result.sections) if (!(s.copyRatio >= 0 && s.copyRatio <= 1)) problems.push(`section ratio ${s.copyRatio}`);
  return problems;
}
