#!/usr/bin/env node
/**
 * Sanity check of a runner's offsets: prints a sample of detections with the suspicious and source text
 * they pair, and the share of detections whose two sides are the same text once whitespace is removed
 * (near 100 % for exact-match tools such as sim_text and Dolos; a low share means a mapping bug).
 *
 * usage: node bench/peers/check.mjs --detections FILE [--set DIR] [--reference DIR] [--show 5]
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_REFERENCE, DEFAULT_SET, loadEval } from './lib.mjs';

const { values: o } = parseArgs({
  options: {
    detections: { type: 'string' },
    set: { type: 'string', default: DEFAULT_SET },
    reference: { type: 'string', default: DEFAULT_REFERENCE },
    show: { type: 'string', default: '5' },
  },
});
const ev = await loadEval();
const docs = await ev.loadDetections(o.detections);
const cache = new Map();
const text = async (path) => {
  if (!cache.has(path)) cache.set(path, await readFile(path, 'utf8'));
  return cache.get(path);
};
const squeeze = (s) => s.replace(/\s+/gu, '');
let same = 0;
let total = 0;
const shown = [];
for (const doc of docs) {
  const susp = await text(join(o.set, 'suspicious', doc.suspicious));
  for (const d of doc.detections) {
    const a = susp.slice(d.this_offset, d.this_offset + d.this_length);
    const b = (await text(join(o.reference, d.source))).slice(d.source_offset, d.source_offset + d.source_length);
    total += 1;
    if (squeeze(a) === squeeze(b)) same += 1;
    else if (shown.length < Number(o.show)) shown.push({ doc: doc.suspicious, d, a, b });
  }
}
const first = docs.flatMap((doc) => doc.detections.map((d) => ({ doc: doc.suspicious, d }))).slice(0, Number(o.show));
for (const { doc, d } of first) {
  const a = (await text(join(o.set, 'suspicious', doc))).slice(d.this_offset, d.this_offset + d.this_length);
  const b = (await text(join(o.reference, d.source))).slice(d.source_offset, d.source_offset + d.source_length);
  console.log(`${doc} [${d.this_offset}+${d.this_length}] ↔ ${d.source} [${d.source_offset}+${d.source_length}]\n  ${a}\n  ${b}`);
}
console.log(`${same} / ${total} detections pair identical text (whitespace ignored)`);
for (const { doc, d, a, b } of shown) {
  console.log(`differs: ${doc} [${d.this_offset}+${d.this_length}] ↔ ${d.source} [${d.source_offset}]\n  ${a}\n  ${b}`);
}
