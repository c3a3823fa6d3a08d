#!/usr/bin/env node
/**
 * Scan peer: sim_text (Debian `similarity-tester`), all documents of a folder against each other, as
 * document pairs with the characters they share. Each document is fed one code point per line (see
 * `sim-text.mjs`), so `-r 13` finds runs of 13 characters; `-s` leaves out a file's repeats of itself.
 * Without `-e`, sim_text reports for each place the longest run found anywhere, the way it runs on a large
 * set. A pair's shared characters are the lines its runs cover on the side where they cover more.
 *
 * usage: node bench/peers/scan-sim-text.mjs --dir FOLDER --out PAIRS.json [--run 13] [--work DIR]
 */
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { listTxt, resources } from './lib.mjs';
import { addPair, coveredLength, writePairs } from './pairs.mjs';
import { oneCharPerLine, parseRunLine, run } from './sim-text.mjs';

const { values: o } = parseArgs({
  options: { dir: { type: 'string' }, out: { type: 'string' }, run: { type: 'string', default: '13' }, work: { type: 'string' } },
});
const start = performance.now();
const work = o.work ?? (await mkdtemp(join(tmpdir(), 'wenchao-scan-sim-text-')));
await mkdir(join(work, 'f'), { recursive: true });
const files = await listTxt(o.dir);
for (const [i, name] of files.entries()) await writeFile(join(work, 'f', `${i}.txt`), oneCharPerLine(await readFile(join(o.dir, name), 'utf8')));

const names = files.map((_, i) => `f/${i}.txt`).join('\n') + '\n';
await run('sim_text', ['-r', o.run, '-s', '-n', '-T', '-i', '-o', 'runs.txt'], names, work);

const spans = new Map();
for await (const line of createInterface({ input: createReadStream(join(work, 'runs.txt')) })) {
  const r = parseRunLine(line);
  if (r === null) continue;
  const [a, b] = [Number(r.a.file.slice(2, -4)), Number(r.b.file.slice(2, -4))];
  if (a === b) continue;
  const [x, y] = a < b ? [r.a, r.b] : [r.b, r.a];
  const key = `${Math.min(a, b)}|${Math.max(a, b)}`;
  if (!spans.has(key)) spans.set(key, { left: [], right: [] });
  spans.get(key).left.push([x.from, x.to + 1]);
  spans.get(key).right.push([y.from, y.to + 1]);
}
const pairs = new Map();
for (const [key, { left, right }] of spans) {
  const [a, b] = key.split('|').map(Number);
  addPair(pairs, files[a], files[b], Math.max(coveredLength(left), coveredLength(right)));
}
await writePairs(o.out, pairs);
if (o.work === undefined) await rm(work, { recursive: true, force: true });
console.error(`sim_text -r ${o.run}: ${pairs.size} pairs; ${resources(start)}`);
