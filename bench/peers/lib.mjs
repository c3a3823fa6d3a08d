/**
 * Shared edges of the peer runners: paths, arguments, listing the corpus, offset maps, writing
 * `detections.jsonl`, timing. The measures themselves come from the compiled `src/eval` (run
 * `npm run build` first, or point WENCHAO_DIST at another build directory).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

/**
 * Runs steps one after the other under `/usr/bin/time -v` from the project root; returns their total wall
 * and CPU seconds (user + system, every thread) and the largest peak RSS (MB) of any step. Exit 1 is
 * accepted (wenchao's "findings" code).
 */
export function timed(steps) {
  let seconds = 0;
  let cpu = 0;
  let rss = 0;
  for (const args of steps) {
    const r = spawnSync('/usr/bin/time', ['-v', ...args], { encoding: 'utf8', maxBuffer: 1 << 28, cwd: ROOT });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
    const [, h, m, s] = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr) ?? [];
    seconds += Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
    cpu += Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? 0) + Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? 0);
    rss = Math.max(rss, Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024);
  }
  return { seconds, cpu, rss };
}

/** Installs sim_text (Debian `similarity-tester`) with apt-get when it is missing. */
export function ensureSimText() {
  if (existsSync('/usr/bin/sim_text')) return;
  spawnSync('apt-get', ['update'], { stdio: 'inherit' });
  spawnSync('apt-get', ['install', '-y', 'similarity-tester'], { stdio: 'inherit' });
}

/**
 * Dolos's main class without its package entry point: that entry also loads the tree-sitter code tokenizer,
 * whose prebuilt binary needs a newer libstdc++ than Debian 12 has (and whose build `allowScripts` denies).
 * Character mode needs none of it; `dist/lib/dolos.js` loads tokenizers only when a language asks for one.
 */
export async function loadDolos() {
  const entry = fileURLToPath(import.meta.resolve('@dodona/dolos-lib'));
  const { Dolos } = await import(pathToFileURL(join(dirname(entry), 'lib', 'dolos.js')).href);
  return Dolos;
}
