/**
 * Shared edges of the peer runners: paths, arguments, listing the corpus, offset maps, writing
 * `detections.jsonl`, timing. The measures themselves come from the compiled `src/eval` (run
 * `npm run build` first, or point WENCHAO_DIST at another build directory).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared evaluation set and corpus, by path from the project root as their READMEs ask. */
export const DEFAULT_SET = resolve(ROOT, '../shared/eval/dev');
export const DEFAULT_REFERENCE = resolve(ROOT, '../shared/corpora/reference');

/** The compiled `src/eval` barrel. */
export async function loadEval() {
  const dist = process.env.WENCHAO_DIST ?? join(ROOT, 'dist');
  try {
    return await import(pathToFileURL(join(dist, 'eval/index.js')).href);
  } catch (e) {
    throw new Error(`cannot load ${dist}/eval/index.js (run \`npm run build\` or set WENCHAO_DIST): ${e.message}`);
  }
}

export function defaultOut(name) {
  return join(tmpdir(), 'wenchao-peers', name, 'detections.jsonl');
}

/** Every `.txt` file under `dir`, as paths relative to it with `/` separators, sorted. */
export async function listTxt(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split('\\').join('/'))
    .sort();
}

/**
 * The UTF-16 offset of every code point of `text`, plus `text.length` at the end: code point `k` spans
 * `[offsets[k], offsets[k + 1])`. Runners that feed one code point per line map line `k + 1` through it.
 */
export function codePointOffsets(text) {
  const offsets = [];
  let at = 0;
  for (const ch of text) {
    offsets.push(at);
    at += ch.length;
  }
  offsets.push(at);
  return Int32Array.from(offsets);
}

/** The UTF-16 offset at which each `\n`-separated line of `text` starts. */
export function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export async function writeDetections(path, docs, toJsonl) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, toJsonl(docs));
}

/** Wall time since `start` (from `performance.now()`) and this process's peak RSS, as one line. */
export function resources(start) {
  const seconds = (performance.now() - start) / 1000;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  return `wall ${seconds.toFixed(1)} s, node peak RSS ${rssMb.toFixed(0)} MB`;
}
