#!/usr/bin/env node
/**
 * Peer runner: Dolos (`@dodona/dolos-lib`, Maertens et al. 2022, winnowing after Schleimer, Wilkerson
 * and Aiken 2003) in character mode, written out as PAN detections.
 *
 * Dolos keeps every token with its location in memory, so it cannot take the whole reference corpus
 * (27 M characters); it runs on a subset: the drafts, the reference files their cases were copied from
 * (read from the truth, which favours Dolos's recall and precision over a full-corpus run), and `--others`
 * further reference files picked by a fixed hash of their paths.
 *
 * Dolos's char tokenizer splits each file on `\n` and makes every UTF-16 code unit of a line a token at
 * `(row, col)`, newlines excluded. A fragment's `leftSelection` / `rightSelection` merge the regions of
 * its k-grams, end column exclusive, so `(row, col)` maps to `lineStarts[row] + col` in the original text
 * and no one-character-per-line copy is needed. Only draft-vs-reference pairs sharing a fingerprint are
 * built (others have no fragments); every fragment becomes one detection.
 *
 * usage: node bench/peers/dolos.mjs [--set DIR] [--reference DIR] [--out FILE] [--others 1000]
 *        [--kgram 23] [--window 17]        (Dolos's defaults: k-grams of 23 tokens, windows of 17)
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DEFAULT_REFERENCE,
  DEFAULT_SET,
  defaultOut,
  lineStarts,
  listTxt,
  loadDolos,
  loadEval,
  resources,
  writeDetections,
} from './lib.mjs';

/** A Dolos region `{startRow, startCol, endRow, endCol}` → a UTF-16 span of the file whose lines start at `starts`. */
export function regionToSpan(starts, region) {
  const offset = starts[region.startRow] + region.startCol;
  return { offset, length: starts[region.endRow] + region.endCol - offset };
}

/** `n` reference files outside `exclude`, picked by the SHA-1 of their paths: the same on every run. */
export function pickOthers(refs, exclude, n) {
  const key = (p) => createHash('sha1').update(p).digest('hex');
  return refs
    .filter((p) => !exclude.has(p))
    .map((p) => [key(p), p])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([, p]) => p)
    .sort();
}

async function main() {
  const { values: o } = parseArgs({
    options: {
      set: { type: 'string', default: DEFAULT_SET },
      reference: { type: 'string', default: DEFAULT_REFERENCE },
      out: { type: 'string' },
      others: { type: 'string', default: '1000' },
      kgram: { type: 'string', default: '23' },
      window: { type: 'string', default: '17' },
    },
  });
  const ev = await loadEval();
  const out = o.out ?? defaultOut(`dolos-k${o.kgram}-w${o.window}-n${o.others}`);
  const start = performance.now();

  const set = await ev.loadEvalSet(o.set);
  const drafts = set.truth.map((t) => t.suspicious).sort();
  const sources = new Set(set.truth.flatMap((t) => t.cases.map((c) => c.source)));
  const refs = [...sources].sort().concat(pickOthers(await listTxt(o.reference), sources, Number(o.others)));
  const role = new Map([
    ...drafts.map((d) => [join(set.suspiciousDir, d), { draft: d }]),
    ...refs.map((r) => [join(o.reference, r), { ref: r }]),
  ]);
  console.error(`${drafts.length} drafts, ${sources.size} case sources, ${refs.length - sources.size} other references`);

  const Dolos = await loadDolos();
  const dolos = new Dolos({ language: 'char', kgramLength: Number(o.kgram), kgramsInWindow: Number(o.window) });
  const report = await dolos.analyzePaths([...role.keys()]);
  const indexed = performance.now();
  console.error(`indexed in ${((indexed - start) / 1000).toFixed(1)} s`);

  const pairs = new Map();
  for (const fp of report.sharedFingerprints()) {
    if (fp.ignored || fp.fileCount() < 2) continue;
    const files = fp.files();
    const ds = files.filter((f) => role.get(f.path).draft !== undefined);
    const rs = files.filter((f) => role.get(f.path).ref !== undefined);
    for (const d of ds) for (const r of rs) pairs.set(`${d.id}|${r.id}`, [d, r]);
  }
  const starts = new Map();
  const startsOf = (f) => {
    if (!starts.has(f)) starts.set(f, lineStarts(f.content));
    return starts.get(f);
  };
  const perDraft = new Map(drafts.map((d) => [d, []]));
  let fragments = 0;
  for (const [d, r] of pairs.values()) {
    for (const f of report.getPair(d, r).buildFragments()) {
      const t = regionToSpan(startsOf(d), f.leftSelection);
      const s = regionToSpan(startsOf(r), f.rightSelection);
      perDraft.get(role.get(d.path).draft).push({
        this_offset: t.offset,
        this_length: t.length,
        source: role.get(r.path).ref,
        source_offset: s.offset,
        source_length: s.length,
      });
      fragments += 1;
    }
  }
  const docs = drafts.map((d) => ({
    suspicious: d,
    detections: perDraft.get(d).sort((a, b) => a.this_offset - b.this_offset || a.source.localeCompare(b.source)),
  }));
  await writeDetections(out, docs, ev.toDetectionsJsonl);
  console.error(`compared ${pairs.size} draft–reference pairs in ${((performance.now() - indexed) / 1000).toFixed(1)} s`);
  console.log(`Dolos char k=${o.kgram} w=${o.window}, ${refs.length} references: ${fragments} fragments → ${out}`);
  console.log(resources(start));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
