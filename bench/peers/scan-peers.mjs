#!/usr/bin/env node
/**
 * The archive scan side by side with the peers a user might pick instead, on the same documents in one
 * run: `wenchao scan` (worker threads, one per core), Dolos in character mode (all against all) and sim_text
 * (one character per line, `-r 13`, all against all). Each tool's whole job runs under /usr/bin/time (wall
 * time, CPU time, peak RSS). Then, for each tool's top document pairs by shared characters: how many share a
 * 13-character run once normalised (checked on the text, by this script, not by any of the tools), how many
 * share a 50-character one (a passage rather than a phrase), and how many each other tool reports at all.
 *
 * `--runs` rounds run the three tools in turn (so load from other jobs on the machine falls on all of them
 * alike); the table gives each tool's median. wenchao runs without quality scores and per-document HTML
 * reports (`--no-quality --no-reports`): the job the peers do, finding what the documents share.
 *
 * The documents: `--docs` files of the shared reference corpus picked by a fixed hash of their paths
 * (`pickOthers` of `dolos.mjs`), copied into a temporary archive. Dolos keeps every character token in
 * memory (7.5 GB for the whole corpus), so a few thousand documents is the size all three hold here.
 *
 * usage: node bench/peers/scan-peers.mjs [--docs 3000] [--runs 3] [--top 100] [--bin bin/wenchao.js] [--keep]
 *        (npm run bench:scan-peers builds first)
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from '../lib/stats.mjs';
import { pickOthers } from './dolos.mjs';
import { DEFAULT_REFERENCE, ensureSimText, listTxt, ROOT, timed } from './lib.mjs';
import { addPair, CONFIRM_RUN, readPairs, shareRun, topPairs, writePairs } from './pairs.mjs';

/** A run long enough to be a passage, not a shared phrase: the second, stricter check of a pair. */
const PASSAGE_RUN = 50;

const { values: o } = parseArgs({
  options: {
    docs: { type: 'string', default: '3000' },
    top: { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
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
    short: 'wenchao scan',
    run(file) {
      const out = join(work, 'wenchao-out');
      rmSync(out, { recursive: true, force: true }); // from scratch every round: nothing kept from the last one
      return { cost: timed([[node, resolve(o.bin), 'scan', archive, '--out', out, '--no-quality', '--no-reports', '-q']]), after: () => wenchaoPairs(out, file) };
    },
  },
  {
    name: 'Dolos, character mode',
    short: 'Dolos',
    run(file) {
      // Dolos needs more than Node's default heap for a few thousand documents.
      const script = join(ROOT, 'bench/peers/scan-dolos.mjs');
      return { cost: timed([[node, '--max-old-space-size=16384', script, '--dir', archive, '--out', file]]) };
    },
  },
  {
    name: 'sim_text -r 13, one character per line',
    short: 'sim_text',
    run(file) {
      return { cost: timed([[node, join(ROOT, 'bench/peers/scan-sim-text.mjs'), '--dir', archive, '--out', file]]) };
    },
  },
];

const costs = tools.map(() => []);
for (let round = 1; round <= Number(o.runs); round++) {
  for (const [i, tool] of tools.entries()) {
    const { cost, after } = tool.run(join(work, `pairs-${i}.json`));
    await after?.();
    costs[i].push(cost);
    console.error(`round ${round}, ${tool.name}: ${cost.seconds.toFixed(1)} s wall, ${cost.cpu.toFixed(1)} s CPU, ${cost.rss.toFixed(0)} MB`);
  }
}
const results = [];
for (const [i, tool] of tools.entries()) {
  const pairs = await readPairs(join(work, `pairs-${i}.json`));
  const pick = (key) => median(costs[i].map((c) => c[key]));
  results.push({ name: tool.name, short: tool.short, seconds: pick('seconds'), cpu: pick('cpu'), rss: pick('rss'), pairs });
  console.error(`${tool.name}: ${pairs.size} pairs`);
}

const textOf = new Map();
const text = (path) => {
  if (!textOf.has(path)) textOf.set(path, readFileSync(join(archive, path), 'utf8'));
  return textOf.get(path);
};
/** Whether a pair's two texts share a run of `run` normalised characters; memoised. */
const confirmed = new Map();
const confirm = (key, run = CONFIRM_RUN) => {
  const memo = `${run}\n${key}`;
  if (!confirmed.has(memo)) {
    const [a, b] = key.split('\n');
    confirmed.set(memo, shareRun(text(a), text(b), run));
  }
  return confirmed.get(memo);
};

const base = results[0];
console.log(`\n${documents.length} documents of the reference corpus (${(characters / 1e6).toFixed(1)} M characters), same files for every tool; medians of ${o.runs} rounds, the tools in turn`);
console.log('\n| tool | median wall time (s) | median CPU time (s) | median peak RSS (MB) | wall time ÷ wenchao | CPU time ÷ wenchao | memory ÷ wenchao | document pairs reported |');
console.log('|:---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(
    `| ${r.name} | ${r.seconds.toFixed(1)} | ${r.cpu.toFixed(1)} | ${r.rss.toFixed(0)} | ${(r.seconds / base.seconds).toFixed(2)} | ${(r.cpu / base.cpu).toFixed(2)} | ${(r.rss / base.rss).toFixed(2)} | ${r.pairs.size.toLocaleString('en')} |`,
  );
}
console.log(`\n| top ${top} pairs by shared characters of | share a ${CONFIRM_RUN}+ character run | share a ${PASSAGE_RUN}+ character run | ${results.map((r) => `reported by ${r.short}`).join(' | ')} |`);
console.log(`|:---|---:|---:|${results.map(() => '---:').join('|')}|`);
for (const r of results) {
  const best = topPairs(r.pairs, top);
  const real = best.filter(([key]) => confirm(key)).length;
  const passages = best.filter(([key]) => confirm(key, PASSAGE_RUN)).length;
  const also = results.map((other) => best.filter(([key]) => other.pairs.has(key)).length);
  console.log(`| ${r.name} (${best.at(-1)?.[1] ?? 0}+ characters) | ${real} | ${passages} | ${also.join(' | ')} |`);
}
const missed = (r) =>
  topPairs(r.pairs, top)
    .filter(([key]) => !base.pairs.has(key) && confirm(key))
    .map(([key, chars]) => `${key.replace('\n', ' ↔ ')} (${chars}; ${confirm(key, PASSAGE_RUN) ? 'a' : 'no'} ${PASSAGE_RUN}+ run)`);
for (const r of results.slice(1)) {
  const list = missed(r);
  if (list.length > 0) console.error(`\n${r.name}'s top pairs sharing a 13+ run that wenchao does not report:\n  ${list.slice(0, 20).join('\n  ')}`);
}
if (o.keep) console.error(`\nkept ${work}`);
else rmSync(work, { recursive: true, force: true });
