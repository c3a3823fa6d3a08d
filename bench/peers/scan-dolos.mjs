#!/usr/bin/env node
/**
 * Scan peer: Dolos (`@dodona/dolos-lib`) in character mode, all documents of a folder against each other,
 * as document pairs with the characters they share. Dolos's own all-pairs listing builds a pair object for
 * each of the n²/2 pairs of files; only pairs sharing a fingerprint can have fragments, so only those are
 * built here (as `dolos.mjs` does for the dev set). A pair's shared characters are those its fragments cover
 * on the side where they cover more (regions mapped to UTF-16 offsets with `regionToSpan`).
 *
 * usage: node bench/peers/scan-dolos.mjs --dir FOLDER --out PAIRS.json [--kgram 23] [--window 17]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { regionToSpan } from './dolos.mjs';
import { lineStarts, listTxt, loadDolos, resources } from './lib.mjs';
import { addPair, coveredLength, writePairs } from './pairs.mjs';

const { values: o } = parseArgs({
  options: {
    dir: { type: 'string' },
    out: { type: 'string' },
    kgram: { type: 'string', default: '23' },
    window: { type: 'string', default: '17' },
  },
});
const start = performance.now();
const files = await listTxt(o.dir);
const pathOf = new Map(files.map((f) => [join(o.dir, f), f]));
const Dolos = await loadDolos();
const dolos = new Dolos({ language: 'char', kgramLength: Number(o.kgram), kgramsInWindow: Number(o.window) });
const report = await dolos.analyzePaths([...pathOf.keys()]);
console.error(`Dolos indexed ${files.length} files in ${((performance.now() - start) / 1000).toFixed(1)} s`);

const candidates = new Map();
for (const fp of report.sharedFingerprints()) {
  if (fp.ignored || fp.fileCount() < 2) continue;
  const holders = fp.files();
  for (let i = 0; i < holders.length; i++) {
    for (let j = i + 1; j < holders.length; j++) {
      const [a, b] = holders[i].id < holders[j].id ? [holders[i], holders[j]] : [holders[j], holders[i]];
      candidates.set(`${a.id}|${b.id}`, [a, b]);
    }
  }
}
const starts = new Map();
const startsOf = (f) => {
  if (!starts.has(f)) starts.set(f, lineStarts(f.content));
  return starts.get(f);
};
const pairs = new Map();
for (const [a, b] of candidates.values()) {
  const left = [];
  const right = [];
  for (const fragment of report.getPair(a, b).buildFragments()) {
    const l = regionToSpan(startsOf(a), fragment.leftSelection);
    const r = regionToSpan(startsOf(b), fragment.rightSelection);
    left.push([l.offset, l.offset + l.length]);
    right.push([r.offset, r.offset + r.length]);
  }
  const chars = Math.max(coveredLength(left), coveredLength(right));
  if (chars > 0) addPair(pairs, pathOf.get(a.path), pathOf.get(b.path), chars);
}
await writePairs(o.out, pairs);
console.error(`Dolos char k=${o.kgram} w=${o.window}: ${candidates.size} pairs sharing a fingerprint, ${pairs.size} with fragments; ${resources(start)}`);
