import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/ingest/normalise/normalise.js';
import { DictionaryTags, guessTag } from '../../src/ingest/segment/dictionary-tags.js';
import { segment } from '../../src/ingest/segment/segment.js';
import { segmenter, TABLE_AFTER_CHARS, tagTableFor } from '../../src/ingest/segment/segmenter.js';
import type { Normalised, Word } from '../../src/model.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = join(ROOT, 'corpora/sample/reference');
const SHARED = resolve(ROOT, '../shared/corpora/reference');
const USER_DICT = readFileSync(join(ROOT, 'corpora/userdict.txt'), 'utf8');

/** What `segment(view, { tags: true })` gave when it called jieba's tagger: the reference. */
function taggedByJieba(view: Normalised, userDict?: string): Word[] {
  const words: Word[] = [];
  let at = 0;
  for (const { word, tag } of segmenter(userDict).tag(view.text, true)) {
    const end = at + word.length;
    if (end > at && end <= view.starts.length) words.push({ word, tag, start: view.starts[at]!, end: view.ends[end - 1]! });
    at = end;
  }
  return words;
}

/** The sample reports, and every 97th file of the shared corpus when it sits beside this checkout. */
function realTexts(): string[] {
  const sample = readdirSync(SAMPLE).filter((f) => /\.(txt|md)$/u.test(f)).map((f) => join(SAMPLE, f));
  const shared: string[] = [];
  if (existsSync(SHARED)) {
    const all = readdirSync(SHARED, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).sort();
    for (let i = 0; i < all.length; i += 97) shared.push(join(SHARED, all[i]!));
  }
  return [...sample, ...shared].map((path) => readFileSync(path, 'utf8'));
}

describe('segment with tags', () => {
  const texts = realTexts();

  it('gives every word of real text the tag jieba’s tagger gives it', () => {
    let words = 0;
    for (const text of texts) {
      const view = normalise(text);
      const ours = segment(view, { tags: true });
      expect(ours).toEqual(taggedByJieba(view));
      words += ours.length;
    }
    expect(words).toBeGreaterThan(10_000);
  });

  it('does so with the project’s user dictionary too', () => {
    for (const text of texts.slice(0, 40)) {
      const view = normalise(text);
      expect(segment(view, { tags: true, userDict: USER_DICT })).toEqual(taggedByJieba(view, USER_DICT));
    }
  });

  it('tags with jieba’s tagger at first and with the dictionary table after TABLE_AFTER_CHARS characters, alike', () => {
    const view = normalise(texts[0]!);
    const before = segment(view, { tags: true });
    expect(tagTableFor(TABLE_AFTER_CHARS + 1)).toBeInstanceOf(DictionaryTags);
    expect(segment(view, { tags: true })).toEqual(before);
    expect(before).toEqual(taggedByJieba(view));
  });

  it('cuts the same words with and without tags', () => {
    const view = normalise(texts[0]!);
    const plain = segment(view);
    expect(plain.every((w) => w.tag === '')).toBe(true);
    expect(plain.map((w) => [w.word, w.start, w.end])).toEqual(segment(view, { tags: true }).map((w) => [w.word, w.start, w.end]));
  });
});

describe('DictionaryTags', () => {
  const table = new DictionaryTags(dict);

  it('holds every word of jieba’s dictionary with its tag', () => {
    const words = new Set(new TextDecoder().decode(dict).split('\n').map((line) => line.split(' ')[0]).filter((w) => w !== ''));
    expect(table.size).toBe(words.size);
    expect(table.tagOf('改革')).toBe('vn');
    expect(table.tagOf('石门镇')).toBe('ns');
    expect(table.tagOf('的')).toBe('uj');
  });

  it('gives every word cut from real text the tag jieba’s tagger gives it', () => {
    let words = 0;
    for (const text of realTexts()) {
      const view = normalise(text);
      const tagged = segmenter().tag(view.text, true);
      expect(segmenter().cut(view.text, true)).toEqual(tagged.map((t) => t.word));
      expect(tagged.map((t) => table.tagOf(t.word))).toEqual(tagged.map((t) => t.tag));
      words += tagged.length;
    }
    expect(words).toBeGreaterThan(10_000);
  });

  it.each([
    ['青禾', 'x'],
    ['，', 'x'],
    ['\r\n', 'x'],
    ['2024', 'm'],
    ['3.5', 'm'],
    ['CEO', 'eng'],
    ['libreoffice7', 'eng'],
  ])('guesses %j as jieba does: %s', (word, tag) => {
    expect(table.tagOf(word)).toBe(tag);
    expect(guessTag(word)).toBe(tag);
  });

  it('loads a user dictionary as jieba does: new words get their tag, known words keep theirs', () => {
    const user = '改革 5 zz\n青禾县 10 ns\n柳溪村 3\n数字乡村\t20\tnz\n  云川市   9  ns  extra\n改革 7 yy';
    const withUser = new DictionaryTags(dict, Buffer.from(user));
    const jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(user));
    const tagged = jieba.tag('改革青禾县柳溪村数字乡村云川市', true);
    expect(tagged.map((t) => t.word)).toEqual(['改革', '青禾县', '柳溪村', '数字乡村', '云川市']);
    for (const { word, tag } of tagged) expect(withUser.tagOf(word)).toBe(tag);
    expect(withUser.tagOf('柳溪村')).toBe('');
    expect(withUser.tagOf('改革')).toBe('vn');
  });
});
