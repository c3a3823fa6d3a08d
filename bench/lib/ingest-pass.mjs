/**
 * One pass of the ingest pipeline over a list of files, up to a given stage, using the compiled modules
 * in `dist/` (run `npm run build` first). Shared by the single-threaded runs and the worker threads.
 *
 * Stages, each including the ones before it:
 *   read       readDocument: stat, read, sniff, detect the encoding, decode, sidecar metadata
 *   structure  ingestRaw: normalise (with the offset map back to the original) and find the structure
 *   cut        segment(): jieba cut of the normalised view, words placed in the original text
 *   tags       segment({ tags: true }): jieba cut with part-of-speech tags
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './corpus.mjs';

export const STAGES = ['read', 'structure', 'cut', 'tags'];

const dist = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);

/**
 * Loads the modules and the jieba dictionary (with the project's user dictionary, as `wenchao ingest`
 * does) before any timing starts, and returns `pass(paths)`.
 */
export async function preparePass(stage) {
  if (!STAGES.includes(stage)) throw new Error(`unknown stage ${stage} (expected one of ${STAGES.join(', ')})`);
  const [{ readDocument }, { ingestRaw }, { segment }] = await Promise.all([
    dist('ingest/read/read.js'),
    dist('ingest/ingest.js'),
    dist('ingest/segment/segment.js'),
  ]);
  const userDict = await readFile(join(ROOT, 'corpora', 'userdict.txt'), 'utf8').catch(() => undefined);
  const tags = stage === 'tags';
  // Warm-up: loads jieba's dictionary (~0.1 s, once per thread) outside the timed region.
  if (stage === 'cut' || stage === 'tags') segment(ingestRaw({ path: 'warm-up.txt', format: 'txt', encoding: 'utf-8', text: '一、基本情况\n今年以来，成效明显。', blocks: [], warnings: [], meta: {} }).normalised, { tags, userDict });

  /** Runs the pipeline to `stage` on each file in turn; keeps nothing but counts. */
  return async function pass(paths) {
    const counts = { files: 0, failed: 0, characters: 0, headings: 0, sentences: 0, words: 0 };
    for (const path of paths) {
      let raw;
      try {
        raw = await readDocument(path);
      } catch {
        counts.failed++;
        continue;
      }
      counts.files++;
      counts.characters += raw.text.length;
      if (stage === 'read') continue;
      const document = ingestRaw(raw);
      counts.headings += document.structure.headings.length;
      counts.sentences += document.structure.sentences.length;
      if (stage === 'structure') continue;
      counts.words += segment(document.normalised, { tags, userDict }).length;
    }
    return counts;
  };
}

export function addCounts(a, b) {
  const sum = { ...a };
  for (const [key, value] of Object.entries(b)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}
