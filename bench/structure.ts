/**
 * Structure detection over a whole corpus: throughput, and the invariants of `structureProblems` on every
 * document. Files are read into memory first, so the time is `findStructure` alone.
 *
 *   npx tsc -p tsconfig.json --outDir /tmp/wenchao-bench && node /tmp/wenchao-bench/bench/structure.js [dir]
 *
 * Run from the repository root; `dir` defaults to the shared reference corpus (`../shared/corpora/reference`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { structureProblems } from '../src/ingest/structure/invariants.js';
import { findStructure } from '../src/ingest/structure/structure.js';

// Run from the repository root: the shared corpora sit beside it.
const dir = resolve(process.argv[2] ?? '../shared/corpora/reference');

function* walk(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith('.txt')) yield path;
  }
}

const docs = [...walk(dir)].map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

const counts = { headings: 0, sentences: 0, paragraphs: 0, quotations: 0, cited: 0, citations: 0, titles: 0, references: 0 };
const slowest: { path: string; ms: number; mbps: number }[] = [];
const failures: string[] = [];
const started = performance.now();
for (const { path, text } of docs) {
  const t0 = performance.now();
  try {
    const s = findStructure(text, []);
    const ms = performance.now() - t0;
    slowest.push({ path: relative(dir, path), ms, mbps: Buffer.byteLength(text) / 1e6 / (ms / 1e3) });
    counts.headings += s.headings.length;
    counts.sentences += s.sentences.length;
    counts.paragraphs += s.paragraphs.length;
    counts.quotations += s.quotations.length;
    counts.cited += s.quotations.filter((q) => q.cited).length;
    counts.citations += s.citations.length;
    counts.titles += s.title ? 1 : 0;
    counts.references += s.references ? 1 : 0;
  } catch (error) {
    failures.push(`${relative(dir, path)}: threw ${String(error)}`);
  }
}
const seconds = (performance.now() - started) / 1e3;

let invalid = 0;
for (const { path, text } of docs) {
  const problems = structureProblems(text, findStructure(text, []));
  if (problems.length > 0) {
    invalid++;
    if (failures.length < 50) failures.push(`${relative(dir, path)}: ${problems.slice(0, 3).join('; ')}`);
  }
}

slowest.sort((a, b) => b.ms - a.ms);
console.log(`${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB (UTF-8) in ${seconds.toFixed(2)} s: ${(bytes / 1e6 / seconds).toFixed(1)} MB/s`);
console.log(counts);
console.log(`invariants violated in ${invalid} documents; ${failures.length} failures listed`);
for (const f of failures.slice(0, 50)) console.log(`  ${f}`);
console.log('slowest:');
for (const s of slowest.slice(0, 5)) console.log(`  ${s.path}: ${s.ms.toFixed(1)} ms (${s.mbps.toFixed(1)} MB/s)`);
