#!/usr/bin/env node
/**
 * The archive scan side by side with the peers a user might pick instead, on the same documents in one
 * run: `wenchao scan` (worker threads, one per core), Dolos in character mode (all against all) and sim_text
 * (one character per line, `-r 13`, all against all). Each tool's whole job runs under /usr/bin/time (wall
 * time, CPU time, peak RSS). Then, for each tool's top document pairs by shared characters: how many share a
 * 13-character run once normalised (checked on the text, by this script, not by any of the tools) and how
 * many each other tool reports at all.
 *
 * The documents: `--docs` files of the shared reference corpus picked by a fixed hash of their paths
 * (`pickOthers` of `dolos.mjs`), copied into a temporary archive. Dolos keeps every character token in
 * memory (7.5 GB for the whole corpus), so a few thousand documents is the size all three hold here.
 *
 * usage: node bench/peers/scan-peers.mjs [--docs 3000] [--top 100] [--bin bin/wenchao.js] [--keep]
 *        (npm run bench:scan-peers builds first)
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pickOthers } from './dolos.mjs';
import { DEFAULT_REFERENCE, ensureSimText, listTxt, ROOT, timed } from './lib.mjs';
import { addPair, readPairs, shareRun, topPairs, writePairs } from './pairs.mjs';

const { values: o } = parseArgs({
  options: {
    docs: { type: 'string', default: '3000' },
    top: { type: 'string', default: '100' },
    bin: { type: 'string', default: join(ROOT, 'bin', 'wenchao.js') },
    reference: { type: 'string', default: DEFAULT_REFERENCE },
    keep: { type: 'boolean', default: false },
  },
});
ensureSimText();
const work = mkdtempSync(join(tmpdir(), 'wenchao-scan-peers-'));
const archive = join(work, 'archive');
const node = process.execPath;
const top = Number(o.top);

const documents = pickOthers(await listTxt(o.reference), new Set(), Number(o.docs));
let characters = 0;
for (const path of documents) {
  const to = join(archive, path);
  mkdirSync(dirname(to), { recursive: true });
  cpSync(join(o.reference, path), to);
  characters += readFileSync(to, 'utf8').length;
}
console.error(`${documents.length} documents, ${(characters / 1e6).toFixed(1)} M characters, in ${archive}`);

/** wenchao's pairs: every archive document another one shares passages with, by the row's shared characters. */
async function wenchaoPairs(out, file) {
  const scan = JSON.parse(readFileSync(join(out, 'scan.json'), 'utf8'));
  const pairs = new Map();
  for (const row of scan.documents) for (const p of row.archivePairs ?? []) addPair(pairs, row.path, p.path, p.chars);
  await writePairs(file, pairs);
}

const tools = [
  {
    name: 'wenchao scan',
    run(file) {
      const out = join(work, 'wenchao-out');
      return { cost: timed([[node, resolve(o.bin), 'scan', archive, '--out', out, '--no-quality', '-q']]), after: () => wenchaoPairs(out, file) };
    },
  },
  {
    name: 'Dolos, character mode',
    run(file) {
      // Dolos needs more than Node's default heap for a few thousand documents.
      const script = join(ROOT, 'bench/peers/scan-dolos.mjs');
      return { cost: timed([[node, '--max-old-space-size=16384', script, '--dir', archive, '--out', file]]) };
    },
  },
  {
    name: 'sim_text -r 13, one character per line',
    run(file) {
      return { cost: timed([[node, join(ROOT, 'bench/peers/scan-sim-text.mjs'), '--dir', archive, '--out', file]]) };
    },
  },
];

const results = [];
for (const [i, tool] of tools.entries()) {
  const file = join(work, `pairs-${i}.json`);
  const { cost, after } = tool.run(file);
  await after?.();
  const pairs = await readPairs(file);
  results.push({ name: tool.name, ...cost, pairs });
  console.error(`${tool.name}: ${cost.seconds.toFixed(1)} s wall, ${cost.cpu.toFixed(1)} s CPU, ${cost.rss.toFixed(0)} MB, ${pairs.size} pairs`);
}

const textOf = new Map();
const text = (path) => {
  if (!textOf.has(path)) textOf.set(path, readFileSync(join(archive, path), 'utf8'));
  return textOf.get(path);
};
const confirmed = new Map();
const confirm = (key) => {
  if (!confirmed.has(key)) {
    const [a, b] = key.split('\n');
    confirmed.set(key, shareRun(text(a), text(b)));
  }
  return confirmed.get(key);
};

const base = results[0];
console.log(`\n${documents.length} documents of the reference corpus (${(characters / 1e6).toFixed(1)} M characters), same files for every tool, one run`);
console.log('\n| tool | wall time (s) | CPU time (s) | peak RSS (MB) | time ÷ wenchao | memory ÷ wenchao | document pairs reported |');
console.log('|:---|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(
    `| ${r.name} | ${r.seconds.toFixed(1)} | ${r.cpu.toFixed(1)} | ${r.rss.toFixed(0)} | ${(r.seconds / base.seconds).toFixed(2)} | ${(r.rss / base.rss).toFixed(2)} | ${r.pairs.size.toLocaleString('en')} |`,
  );
}
console.log(`\n| top ${top} pairs by shared characters of | share a ${13}+ character run (normalised text) | ${results.map((r) => `reported by ${r.name}`).join(' | ')} |`);
console.log(`|:---|---:|${results.map(() => '---:').join('|')}|`);
for (const r of results) {
  const best = topPairs(r.pairs, top);
  const real = best.filter(([key]) => confirm(key)).length;
  const also = results.map((other) => best.filter(([key]) => other.pairs.has(key)).length);
  console.log(`| ${r.name} (${best.length}, ${best.at(-1)?.[1] ?? 0}+ characters) | ${real} | ${also.join(' | ')} |`);
}
const missed = (r) => topPairs(r.pairs, top).filter(([key]) => !base.pairs.has(key) && confirm(key)).map(([key, chars]) => `${key.replace('\n', ' ↔ ')} (${chars})`);
for (const r of results.slice(1)) {
  const list = missed(r);
  if (list.length > 0) console.error(`\n${r.name}'s top pairs sharing a 13+ run that wenchao does not report:\n  ${list.slice(0, 20).join('\n  ')}`);
}
if (o.keep) console.error(`\nkept ${work}`);
else rmSync(work, { recursive: true, force: true });
