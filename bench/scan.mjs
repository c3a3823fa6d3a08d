#!/usr/bin/env node
// Archive scan benchmark: scan the shared reference corpus itself as an archive (no --corpus), at 10 %, 30 %
// and 100 % of its files (every 10th / every 3rd-ish file in path order, so each sample has all genres),
// from scratch each time; wall time and peak RSS of the CLI process (worker threads included) from
// /usr/bin/time (medians of --runs runs, default 3; peak RSS the largest), growth against total characters,
// and the largest families found.
// Usage: npm run bench:scan [-- --shares 10,30,100 --runs N --workers N --max-sources N --quality]   Writes nothing into the repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { median } from './lib/stats.mjs';

const root = resolve(import.meta.dirname, '..');
const reference = resolve(root, '..', 'shared', 'corpora', 'reference');
const bin = join(root, 'bin', 'wenchao.js');
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const shares = arg('--shares', '10,30,100').split(',').map(Number);
const workers = arg('--workers', undefined);
const maxSources = arg('--max-sources', undefined);
const quality = process.argv.includes('--quality');
const runs = Number(arg('--runs', '3'));
const work = mkdtempSync(join(tmpdir(), 'wenchao-bench-scan-'));

function walk(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.name.startsWith('.') ? [] : e.isDirectory() ? walk(join(folder, e.name)) : e.name.endsWith('.txt') ? [join(folder, e.name)] : [],
  );
}
const all = walk(reference).sort();

/** The files of a share: evenly spread over the sorted list, so versions of one law may fall apart at 10 %. */
function sample(share) {
  if (share >= 100) return all;
  const n = Math.round((all.length * share) / 100);
  return Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]);
}

function timed(args) {
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`wenchao ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  const [, h, m, s] = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(result.stderr) ?? [];
  // CPU time (user + system, worker threads included) alongside wall time: on a shared machine it is
  // the steadier figure.
  const cpu = ['User', 'System'].reduce((sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)?.[1] ?? 0), 0);
  return { seconds: Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s), cpu, rss, stdout: result.stdout };
}

const rows = [];
let last;
for (const share of shares) {
  const files = sample(share);
  const archive = join(work, `archive-${share}`);
  let chars = 0;
  for (const file of files) {
    const to = join(archive, relative(reference, file));
    mkdirSync(dirname(to), { recursive: true });
    cpSync(file, to);
    chars += readFileSync(file, 'utf8').length;
  }
  const out = join(work, `out-${share}`);
  // From scratch each run: the archive index and the results store are made again.
  const samples = Array.from({ length: runs }, () => {
    rmSync(out, { recursive: true, force: true });
    return timed(['scan', archive, '--out', out, '-q', ...(quality ? [] : ['--no-quality']), ...(workers ? ['--workers', workers] : []), ...(maxSources ? ['--max-sources', maxSources] : [])]);
  });
  const run = {
    seconds: median(samples.map((r) => r.seconds)),
    cpu: median(samples.map((r) => r.cpu)),
    rss: Math.max(...samples.map((r) => r.rss)),
    all: samples.map((r) => r.seconds.toFixed(1)).join(', '),
  };
  const families = JSON.parse(readFileSync(join(out, 'families.json'), 'utf8')).families;
  // What the scan found: the work of aligning grows with it, not only with the characters read.
  const scanned = JSON.parse(readFileSync(join(out, 'scan.json'), 'utf8')).documents;
  const copied = scanned.reduce((sum, d) => sum + (d.copiedChars ?? 0), 0);
  const matches = scanned.reduce((sum, d) => sum + (d.matches ?? 0), 0);
  rows.push({ share, documents: files.length, chars, copied, matches, ...run, families: families.length, index: statSync(join(out, 'archive.sqlite')).size / 2 ** 20 });
  last = { families, out };
  rmSync(archive, { recursive: true, force: true });
}

const base = rows[0];
console.log(`\n| share | documents | characters | wall time (s) | CPU time (s) | peak RSS (MB) | CPU s / 10⁶ chars | chars ratio | wall ratio | CPU ratio | copied characters found | copied ratio | passages | families |`);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.share} % | ${r.documents} | ${(r.chars / 1e6).toFixed(1)} M | ${r.seconds.toFixed(1)} | ${r.cpu.toFixed(1)} | ${r.rss.toFixed(0)} | ${(r.cpu / (r.chars / 1e6)).toFixed(2)} | ${(r.chars / base.chars).toFixed(2)} | ${(r.seconds / base.seconds).toFixed(2)} | ${(r.cpu / base.cpu).toFixed(2)} | ${(r.copied / 1e6).toFixed(2)} M | ${(r.copied / base.copied).toFixed(2)} | ${r.matches} | ${r.families} |`,
  );
}
// How CPU time splits between reading the archive and aligning what is found: a least-squares fit of
// CPU = a × characters + b × copied characters found, over the shares run.
if (rows.length >= 2) {
  const x = rows.map((r) => [r.chars / 1e6, r.copied / 1e6]);
  const y = rows.map((r) => r.cpu);
  const sum = (f) => rows.reduce((acc, _, i) => acc + f(i), 0);
  const [s11, s12, s22] = [sum((i) => x[i][0] ** 2), sum((i) => x[i][0] * x[i][1]), sum((i) => x[i][1] ** 2)];
  const [t1, t2] = [sum((i) => x[i][0] * y[i]), sum((i) => x[i][1] * y[i])];
  const det = s11 * s22 - s12 * s12;
  const a = (t1 * s22 - t2 * s12) / det;
  const b = (s11 * t2 - s12 * t1) / det;
  console.log(`\nCPU ≈ ${a.toFixed(2)} s per 10⁶ characters read + ${b.toFixed(2)} s per 10⁶ copied characters found; fitted against measured: ${rows.map((r, i) => `${r.share} %: ${(a * x[i][0] + b * x[i][1]).toFixed(1)} / ${r.cpu.toFixed(1)} s`).join(', ')}`);
}
console.log(`\nwall times of the ${runs} runs: ${rows.map((r) => `${r.share} %: ${r.all} s`).join('; ')}`);
console.log(`\nmachine: ${execFileSync('nproc').toString().trim()} cores; workers: ${workers ?? 'one per core'}; candidate sources per document: ${maxSources ?? 'default'}; quality scores: ${quality ? 'on' : 'off'}`);

const laws = last.families.filter((f) => f.members.some((m) => m.path.startsWith('laws/')));
console.log(`\n${last.families.length} families at ${rows[rows.length - 1].share} %, ${laws.length} with laws; the largest 15:`);
for (const f of last.families.slice(0, 15)) {
  const dated = f.links.filter((l) => l.direction === 'dated').length;
  console.log(`- ${f.members.length} documents (${dated}/${f.links.length} links dated): ${f.members.slice(0, 5).map((m) => `${m.path}${m.date ? ` [${m.date.date}]` : ''}`).join(', ')}${f.members.length > 5 ? ', …' : ''}`);
}
const versions = laws.filter((f) => f.members.length <= 6 && f.members.every((m) => m.date?.source === 'file name')).slice(0, 10);
console.log(`\nlaw versions (small families, every member dated by its file name):`);
for (const f of versions) console.log(`- ${f.members.map((m) => `${m.path.split('/').pop()}`).join(' → ')}`);
rmSync(work, { recursive: true, force: true });
