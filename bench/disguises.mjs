#!/usr/bin/env node
// Disguises the dev set does not hold, measured the way the dev set is: passages of the shared reference
// corpus, disguised, pasted into the dev set's 40 negative hosts (real reports that are not in the corpus,
// with their `natural` spans carried over), scored by `wenchao eval`. A fixed seed makes the same set on
// every run. Usage: npm run bench:disguises [-- --corpus DB] [--per-type N] [--keep DIR]
// Without --corpus the whole reference corpus is indexed first (about 15 s). Writes nothing into the repository.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { DEFAULT_CORPUS, listCorpus, ROOT } from './lib/corpus.mjs';

const reference = DEFAULT_CORPUS;
const dev = resolve(ROOT, '..', 'shared', 'eval', 'dev');
const bin = join(ROOT, 'bin', 'wenchao.js');
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const perType = Number(arg('--per-type') ?? 12);
const work = mkdtempSync(join(tmpdir(), 'wenchao-disguises-'));
const set = arg('--keep') ?? join(work, 'set');

// A small linear congruential generator: the same set on every machine.
let state = 20261128;
const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const NUMERALS = '〇一二三四五六七八九';
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
/** Each disguise, as real copiers make it: text in, text out. */
const DISGUISES = {
  // A line break after every comma and semicolon: each clause a line of its own.
  lines: (p) => p.replace(/([，；])/gu, '$1\n'),
  // Sentences run together: every full stop inside the passage made a comma.
  joined: (p) => p.replace(/。(?=.)/gu, '，'),
  // Sentences cut: every comma made a full stop.
  cut: (p) => p.replace(/，/gu, '。'),
  // Every punctuation mark taken out.
  unpunctuated: (p) => p.replace(/[，。、；：“”‘’！？（）《》]/gu, ''),
  // Zero-width characters after every third character.
  invisible: (p) => Array.from(p, (c, i) => (i % 3 === 0 ? c + INVISIBLE[i % INVISIBLE.length] : c)).join(''),
  // A space between every two characters.
  spaced: (p) => Array.from(p).join(' '),
  // Arabic digits written as Chinese numerals.
  numerals: (p) => p.replace(/\d/gu, (d) => NUMERALS[Number(d)]),
  // Traditional characters (Taiwan standard).
  traditional: (p) => toTraditional(p),
};

/** The items in a random order that moves every one when there are two or more (a derangement, by rejection). */
function shuffle(items) {
  for (let tries = 0; ; tries++) {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    if (items.length < 2 || tries >= 100 || out.every((x, i) => x !== items[i])) return out;
  }
}

const sources = (await Promise.all(['gov-reports', 'laws', 'speeches', 'abstracts'].map((f) => listCorpus(join(reference, f))))).flatMap(
  ({ paths }) => paths.map((p) => relative(reference, p)),
);
const chinese = (s) => (s.match(/\p{Script=Han}/gu) ?? []).length;

/**
 * Whole sentences of one corpus document: `min`–`max` characters, mostly Chinese, within one paragraph
 * (or over several when `paragraphs` is set).
 */
function passage(min, max, paragraphs = false) {
  for (;;) {
    const path = pick(sources);
    const text = readFileSync(join(reference, path), 'utf8');
    if (text.length < max + 200) continue;
    let start = text.indexOf('。', Math.floor(random() * (text.length - max - 100))) + 1;
    if (start <= 0) continue;
    while (/\s/u.test(text[start] ?? '')) start++;
    const end = text.indexOf('。', start + min - 1) + 1;
    if (end <= 0 || end - start > max) continue;
    const body = text.slice(start, end);
    if ((!paragraphs && body.includes('\n')) || chinese(body) < 0.8 * body.replace(/\s/gu, '').length) continue;
    return { path, start, end, body };
  }
}

const truth = readFileSync(join(dev, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const hosts = truth.filter((t) => t.obfuscation === 'negative');

/** A host with passages inserted at line starts: the draft text, its cases and its natural spans shifted. */
function paste(host, pieces, type) {
  let text = readFileSync(join(dev, 'suspicious', host.suspicious), 'utf8');
  let natural = host.natural.map((n) => ({ ...n }));
  const cases = [];
  // Insertion points in increasing order, each at the start of a line.
  const points = pieces
    .map(() => text.indexOf('\n', Math.floor(random() * text.length * 0.9)) + 1 || text.length)
    .sort((a, b) => a - b);
  let shift = 0;
  pieces.forEach((piece, k) => {
    const at = points[k] + shift;
    const inserted = `${piece.disguised}\n`;
    text = text.slice(0, at) + inserted + text.slice(at);
    natural = natural
      .filter((n) => n.this_offset + n.this_length <= at || n.this_offset >= at)
      .map((n) => (n.this_offset >= at ? { ...n, this_offset: n.this_offset + inserted.length } : n));
    for (const c of cases) if (c.this_offset >= at) c.this_offset += inserted.length;
    cases.push({ this_offset: at, this_length: piece.disguised.length, source: piece.path, source_offset: piece.start, source_length: piece.end - piece.start });
    shift += inserted.length;
  });
  return { text, truth: { obfuscation: type, cases: cases.sort((a, b) => a.this_offset - b.this_offset), natural, host: host.host } };
}

rmSync(set, { recursive: true, force: true });
mkdirSync(join(set, 'suspicious'), { recursive: true });
const lines = [];
let n = 0;
const add = (type, pieces) => {
  const name = `disguise-${String(++n).padStart(3, '0')}.txt`;
  const { text, truth: t } = paste(hosts[n % hosts.length], pieces, type);
  writeFileSync(join(set, 'suspicious', name), text);
  lines.push(JSON.stringify({ suspicious: name, ...t }));
};
for (const [type, disguise] of Object.entries(DISGUISES)) {
  for (let k = 0; k < perType; k++) {
    const p = passage(80, 400);
    add(type, [{ ...p, disguised: disguise(p.body) }]);
  }
}
// Patchwork: three short sentences (13–60 characters) of three documents in one host.
for (let k = 0; k < perType; k++) add('patchwork', [0, 1, 2].map(() => ({ ...passage(13, 60), get disguised() { return this.body; } })));
// Shuffled: the sentences of a passage of several paragraphs run together in another order (none left in
// its place where that can be helped), a filler word slipped into every other one.
const FILLERS = ['进一步', '切实', '积极', '全面', '认真', '不断', '有效'];
const slipIn = (sentence) => {
  if (random() < 0.5) return sentence;
  const at = Math.floor(random() * Math.max(1, sentence.length - 1));
  return sentence.slice(0, at) + pick(FILLERS) + sentence.slice(at);
};
for (let k = 0; k < perType; k++) {
  const p = passage(400, 800, true);
  const sentences = p.body.split('\n').flatMap((line) => line.trim().match(/[^。；！？]+(?:[。；！？]|$)/gu) ?? []);
  add('shuffled', [{ ...p, disguised: shuffle(sentences).map(slipIn).join('') }]);
}
writeFileSync(join(set, 'truth.jsonl'), `${lines.join('\n')}\n`);

let db = arg('--corpus');
if (!db) {
  db = join(work, 'index.sqlite');
  const built = spawnSync(process.execPath, [bin, 'index', reference, '--db', db, '--quiet'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const run = spawnSync(process.execPath, [bin, 'eval', '--dataset', set, '--corpus', db], { encoding: 'utf8' });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
console.log(`\n${n} drafts (${perType} per disguise), seed fixed; set ${arg('--keep') ? `kept in ${set}` : 'deleted'}`);
if (!arg('--keep')) rmSync(work, { recursive: true, force: true });
process.exit(run.status === 0 ? 0 : run.status ?? 1);
