#!/usr/bin/env node
// Copy-detection benchmark: index the whole shared reference corpus, check the 240 dev drafts against it
// and one long draft warm and cold; medians of --runs runs (default 3), peak RSS of each child process.
// Usage: npm run bench   (builds first). Writes nothing into the repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');
const reference = join(shared, 'corpora', 'reference');
const dev = join(shared, 'eval', 'dev');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const bin = join(root, 'bin', 'wenchao.js');
const work = mkdtempSync(join(tmpdir(), 'wenchao-bench-'));
const db = join(work, 'index.sqlite');

/** Runs the CLI under /usr/bin/time -v; returns wall seconds, peak RSS in MB and stdout. */
function timed(args) {
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`wenchao ${args.join(' ')} failed: ${result.stderr}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  const [, h, m, s] = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(result.stderr) ?? [];
  // CPU time (user + system, worker threads included) alongside wall time: on a shared machine it is
  // the steadier figure.
  const cpu = ['User', 'System'].reduce((sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)?.[1] ?? 0), 0);
  return { seconds: Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s), cpu, rss, stdout: result.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
function measure(label, make) {
  const samples = Array.from({ length: runs }, make);
  rows.push({ label, seconds: median(samples.map((s) => s.seconds)), cpu: median(samples.map((s) => s.cpu)), rss: Math.max(...samples.map((s) => s.rss)) });
  return samples[samples.length - 1];
}

measure('index 14,787 documents from scratch', () => {
  rmSync(db, { force: true });
  rmSync(`${db}-wal`, { force: true });
  return timed(['index', reference, '--db', db, '--quiet']);
});
const size = statSync(db).size / 1024 / 1024;
measure('index again, nothing changed', () => timed(['index', reference, '--db', db, '--quiet']));
const evalRun = measure('check 240 dev drafts (eval)', () => timed(['eval', '--dataset', dev, '--corpus', db]));

// One long draft: dev drafts joined to about 10,000 characters.
const names = readFileSync(join(dev, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).suspicious);
let long = '';
for (const name of names) {
  if (long.length >= 10_000) break;
  long += readFileSync(join(dev, 'suspicious', name), 'utf8').slice(0, 2500);
}
const draft = join(work, 'long-draft.txt');
writeFileSync(draft, long.slice(0, 10_000));
measure('check one 10,000-character draft, cold CLI run', () => timed(['check', draft, '--corpus', db, '--format', 'json']));
// Warm: the same draft checked again and again in one process with the index open (median of 10).
const warm = JSON.parse(execFileSync(process.execPath, [join(root, 'bench', 'lib', 'warm-check.mjs'), db, draft, '--runs', '11'], { encoding: 'utf8' }));

// Growth: the same 42 drafts (7 per disguise type) against indexes of 10 %, 30 % and 100 % of the corpus.
const growth = [];
const all = execFileSync('find', [reference, '-name', '*.txt'], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').sort();
for (const share of [0.1, 0.3, 1]) {
  const folder = join(work, `corpus-${share}`);
  const step = Math.round(1 / share);
  const chosen = all.filter((_, i) => i % step === 0);
  for (const file of chosen) {
    const target = join(folder, file.slice(reference.length + 1));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  const growthDb = join(work, `index-${share}.sqlite`);
  const build = timed(['index', folder, '--db', growthDb, '--quiet']);
  const check = median(Array.from({ length: runs }, () => timed(['eval', '--dataset', dev, '--corpus', growthDb, '--per-type', '7']).seconds));
  growth.push({ share, documents: chosen.length, build: build.seconds, check });
  rmSync(folder, { recursive: true, force: true });
}

console.log(`\n| step | median wall time (s) | median CPU time (s) | peak RSS (MB) |\n|---|---:|---:|---:|`);
for (const r of rows) console.log(`| ${r.label} | ${r.seconds.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.rss.toFixed(0)} |`);
console.log(`| check one 10,000-character draft, warm (index open; median of 10 after a first of ${warm.first.toFixed(0)} ms) | ${(warm.median / 1000).toFixed(3)} | | |`);
console.log(`\nindex size on disk: ${size.toFixed(0)} MB; runs per step: ${runs}; machine: ${execFileSync('nproc').toString().trim()} cores`);
console.log(`\n| corpus share | documents | index build (s) | check 42 drafts (s, median) |\n|---:|---:|---:|---:|`);
for (const g of growth) console.log(`| ${g.share * 100} % | ${g.documents} | ${g.build.toFixed(1)} | ${g.check.toFixed(2)} |`);
console.log(`\n${evalRun.stdout}`);
rmSync(work, { recursive: true, force: true });
