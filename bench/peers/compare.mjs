#!/usr/bin/env node
/**
 * wenchao, sim_text and Dolos side by side on the same evaluation set in one run: each detector's whole
 * job timed under /usr/bin/time (wall time, peak RSS), its detections scored by the same PAN scorer
 * (src/eval), and the ratios to wenchao printed. sim_text is installed with apt-get when missing.
 *
 * usage: node bench/peers/compare.mjs [--others 1000]   (npm run bench:peers builds first)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_REFERENCE, DEFAULT_SET, ensureSimText, loadEval, ROOT, timed } from './lib.mjs';

const { values: o } = parseArgs({ options: { others: { type: 'string', default: '1000' } } });
const work = mkdtempSync(join(tmpdir(), 'wenchao-peers-'));
const node = process.execPath;

ensureSimText();

const bin = join(ROOT, 'bin', 'wenchao.js');
const db = join(work, 'index.sqlite');
const detectors = [
  {
    name: 'wenchao (index + check)',
    out: join(work, 'wenchao.jsonl'),
    steps: (out) => [
      [node, bin, 'index', DEFAULT_REFERENCE, '--db', db, '--quiet'],
      [node, bin, 'eval', '--dataset', DEFAULT_SET, '--corpus', db, '--detections-out', out],
    ],
  },
  {
    name: 'sim_text -r 13 (one character per line)',
    out: join(work, 'sim.jsonl'),
    steps: (out) => [[node, join(ROOT, 'bench/peers/sim-text.mjs'), '--run', '13', '--out', out]],
  },
  {
    name: 'sim_text -r 13, runs merged within 20',
    out: join(work, 'sim-merged.jsonl'),
    steps: (out) => [[node, join(ROOT, 'bench/peers/sim-text.mjs'), '--run', '13', '--merge', '20', '--out', out]],
  },
  {
    name: `Dolos char mode (drafts, sources, ${o.others} others)`,
    out: join(work, 'dolos.jsonl'),
    steps: (out) => [[node, join(ROOT, 'bench/peers/dolos.mjs'), '--others', o.others, '--out', out]],
  },
];

const ev = await loadEval();
const set = await ev.loadEvalSet(DEFAULT_SET);
const results = [];
for (const d of detectors) {
  const cost = timed(d.steps(d.out));
  const evaluation = ev.evaluate(set.truth, await ev.loadDetections(d.out), set.boilerplate);
  results.push({ name: d.name, evaluation, ...cost });
  console.error(`${d.name}: plagdet ${evaluation.overall.plagdet.toFixed(3)}, ${cost.seconds.toFixed(1)} s, ${cost.rss.toFixed(0)} MB`);
}
console.log(ev.formatComparisonMarkdown(results, { title: 'Copy detection on the dev set, same scorer' }));
const base = results[0];
console.log('| detector | wall time (s) | peak RSS (MB) | time ÷ wenchao | memory ÷ wenchao | plagdet ÷ wenchao |');
console.log('|:---|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(
    `| ${r.name} | ${r.seconds.toFixed(1)} | ${r.rss.toFixed(0)} | ${(r.seconds / base.seconds).toFixed(2)} | ${(r.rss / base.rss).toFixed(2)} | ${(r.evaluation.overall.plagdet / base.evaluation.overall.plagdet).toFixed(2)} |`,
  );
}
rmSync(work, { recursive: true, force: true });
