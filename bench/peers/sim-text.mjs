#!/usr/bin/env node
/**
 * Peer runner: Dick Grune's similarity tester `sim_text` (Debian package `similarity-tester`) on the
 * evaluation set, written out as PAN detections.
 *
 * `sim_text` matches runs of "words" (letters, digits, bytes over 127). Chinese has no spaces, so every
 * document is fed one code point per line: each character is a word and a run of `-r 13` words is a run of
 * 13 characters, the copy length the evaluation README and the engine use. Whitespace becomes an empty line
 * (no word) so that line `k` is always code point `k`; the map back to UTF-16 offsets is kept per document.
 *
 * Options given to sim_text: `-r N` minimum run, `-S` compare the new files (the drafts, before `/`) with
 * the old ones (the reference corpus, after `/`) only, `-n` summary lines `file: line a-b |file: line c-d
 * [size]`, `-T` no file list, `-i` file names from standard input (14,787 would overflow argv), `-o` output
 * file. Without `-e` sim_text reports, for each place in a draft, the longest run found in any reference file.
 *
 * usage: node bench/peers/sim-text.mjs [--set DIR] [--reference DIR] [--out FILE] [--run 13] [--merge 20]
 *        [--work DIR] [--keep]
 *   --merge G   also merge runs of the same source within G characters on both sides (0: off)
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  codePointOffsets,
  DEFAULT_REFERENCE,
  DEFAULT_SET,
  defaultOut,
  listTxt,
  loadEval,
  resources,
  writeDetections,
} from './lib.mjs';

/** One code point per line; whitespace (including U+3000 and a BOM) as an empty line, so lines stay aligned. */
export function oneCharPerLine(text) {
  return Array.from(text, (ch) => (/\s/u.test(ch) ? '' : ch)).join('\n') + '\n';
}

/** `s/12.txt: line 21-55   |r/3.txt: line 10-44   [35]` → both sides; other lines → null. */
export function parseRunLine(line) {
  const m = /^(\S+): line (\d+)-(\d+)\s*\|(\S+): line (\d+)-(\d+)\s*\[(\d+)\]\s*$/.exec(line);
  if (m === null) return null;
  return {
    a: { file: m[1], from: Number(m[2]), to: Number(m[3]) },
    b: { file: m[4], from: Number(m[5]), to: Number(m[6]) },
    size: Number(m[7]),
  };
}

/** Lines `from`–`to` (1-based, inclusive) of a one-character-per-line copy → the UTF-16 span of the original. */
export function linesToSpan(offsets, from, to) {
  return { offset: offsets[from - 1], length: offsets[to] - offsets[from - 1] };
}

export function run(cmd, args, input, cwd) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['pipe', 'inherit', 'inherit'] });
    child.on('error', (e) =>
      reject(e.code === 'ENOENT' ? new Error(`${cmd} not found: apt-get install -y similarity-tester`) : e),
    );
    child.on('close', (code) => (code === 0 ? resolveRun() : reject(new Error(`${cmd} exited with ${code}`))));
    child.stdin.end(input);
  });
}

async function main() {
  const { values: o } = parseArgs({
    options: {
      set: { type: 'string', default: DEFAULT_SET },
      reference: { type: 'string', default: DEFAULT_REFERENCE },
      out: { type: 'string' },
      run: { type: 'string', default: '13' },
      merge: { type: 'string', default: '0' },
      work: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const ev = await loadEval();
  const merge = Number(o.merge);
  const out = o.out ?? defaultOut(merge > 0 ? `sim-text-r${o.run}-merge${merge}` : `sim-text-r${o.run}`);
  const start = performance.now();

  const work = o.work ?? (await mkdtemp(join(tmpdir(), 'wenchao-sim-text-')));
  await mkdir(join(work, 's'), { recursive: true });
  await mkdir(join(work, 'r'), { recursive: true });
  const suspDir = join(o.set, 'suspicious');
  const drafts = await listTxt(suspDir);
  const refs = await listTxt(o.reference);
  const draftOffsets = [];
  for (const [i, name] of drafts.entries()) {
    const text = await readFile(join(suspDir, name), 'utf8');
    draftOffsets.push(codePointOffsets(text));
    await writeFile(join(work, 's', `${i}.txt`), oneCharPerLine(text));
  }
  for (const [i, name] of refs.entries()) {
    await writeFile(join(work, 'r', `${i}.txt`), oneCharPerLine(await readFile(join(o.reference, name), 'utf8')));
  }
  const prepared = performance.now();
  console.error(`prepared ${drafts.length} drafts and ${refs.length} reference files in ${((prepared - start) / 1000).toFixed(1)} s`);

  const names = [...drafts.map((_, i) => `s/${i}.txt`), '/', ...refs.map((_, i) => `r/${i}.txt`)].join('\n') + '\n';
  await run('sim_text', ['-r', o.run, '-S', '-n', '-T', '-i', '-o', 'runs.txt'], names, work);
  console.error(`sim_text ran in ${((performance.now() - prepared) / 1000).toFixed(1)} s`);

  const refOffsets = new Map();
  const offsetsOfRef = async (k) => {
    if (!refOffsets.has(k)) refOffsets.set(k, codePointOffsets(await readFile(join(o.reference, refs[k]), 'utf8')));
    return refOffsets.get(k);
  };
  const perDraft = drafts.map(() => []);
  let runs = 0;
  for await (const line of createInterface({ input: createReadStream(join(work, 'runs.txt')) })) {
    const r = parseRunLine(line);
    if (r === null) continue;
    const [s, ref] = r.a.file.startsWith('s/') ? [r.a, r.b] : [r.b, r.a];
    if (!s.file.startsWith('s/') || !ref.file.startsWith('r/')) continue; // -S: never draft vs draft
    const si = Number(s.file.slice(2, -4));
    const ri = Number(ref.file.slice(2, -4));
    const t = linesToSpan(draftOffsets[si], s.from, s.to);
    const src = linesToSpan(await offsetsOfRef(ri), ref.from, ref.to);
    perDraft[si].push({
      this_offset: t.offset,
      this_length: t.length,
      source: refs[ri],
      source_offset: src.offset,
      source_length: src.length,
    });
    runs += 1;
  }
  const docs = drafts.map((name, i) => ({
    suspicious: name,
    detections: merge > 0 ? ev.mergeDetections(perDraft[i], merge) : perDraft[i],
  }));
  await writeDetections(out, docs, ev.toDetectionsJsonl);
  if (!o.keep && o.work === undefined) await rm(work, { recursive: true, force: true });
  const total = docs.reduce((n, d) => n + d.detections.length, 0);
  console.log(`sim_text -r ${o.run}${merge > 0 ? `, merged within ${merge}` : ''}: ${runs} runs → ${total} detections in ${out}`);
  console.log(resources(start));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
