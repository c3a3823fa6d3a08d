import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Match } from '../../src/model.js';
import { checkDrafts } from '../../src/similarity/check.js';
import { DEFAULT_DETECT_OPTIONS } from '../../src/similarity/options.js';
import { contentLength, coverage, FingerprintLookup, fixture, SAMPLE, textDocument } from './helpers.js';

/**
 * How much text a claim needs: the less a draft passage is like its source, the longer it must be
 * before it is reported. Identical runs count from 13 characters; a sentence a word apart does not,
 * unless it is a long one; a loosely alike passage only at paragraph length. The source is a report of
 * the sample corpus, the host the project's own text (no match against the shared corpus).
 */
const SOURCE = '青禾县义务教育均衡发展调研报告.txt';
const sourceText = readFileSync(join(SAMPLE, 'reference', SOURCE), 'utf8');
const host = fixture('host.txt').split(/\n\n+/u).map((p) => p.trim()).filter(Boolean);

/** A draft of two host paragraphs with `pasted` between them, checked against the source alone. */
function checkBetweenHost(pasted: string): { text: string; matches: readonly Match[] } {
  const lookup = new FingerprintLookup();
  lookup.add(SOURCE, sourceText);
  const text = [host[0], pasted, host[1]].join('\n\n');
  const [result] = checkDrafts([textDocument('draft.txt', text)], lookup, { crossDrafts: false });
  return { text, matches: result!.matches };
}

function check(pasted: string): { share: number; sources: string[] } {
  const { text, matches } = checkBetweenHost(pasted);
  const start = text.indexOf(pasted);
  const copies = matches.filter((m) => m.kind === 'copy');
  return { share: coverage(text, start, start + pasted.length, copies), sources: [...new Set(copies.map((m) => m.source.path))] };
}

/** The text with two of every eight content characters replaced: about 0.6 alike by bigrams, 0.75 by edits. */
function disguise(text: string): string {
  let n = 0;
  return [...text].map((c) => (/\p{Script=Han}/u.test(c) && n++ % 8 >= 6 ? '某' : c)).join('');
}

/** The text up to the first comma or full stop after `chars` content characters. */
function cut(text: string, chars: number): string {
  for (let end = 1; end <= text.length; end++) {
    if (contentLength(text.slice(0, end)) >= chars && /[，。；]/u.test(text[end - 1]!)) return text.slice(0, end);
  }
  return text;
}

const sentence = (needle: string): string => {
  const line = sourceText.split('\n').find((l) => l.includes(needle))!;
  const start = line.indexOf(needle);
  return line.slice(start, line.indexOf('。', start) + 1);
};

describe('evidence grows as similarity drops', () => {
  it('an identical clause of 13+ characters is reported', () => {
    const clause = '义务教育是教育工作的重中之重，事关千家万户切身利益。';
    expect(contentLength(clause)).toBeLessThan(DEFAULT_DETECT_OPTIONS.minFuzzyChars);
    expect(check(clause).share).toBeGreaterThan(0.9);
  });

  it(`a sentence under ${DEFAULT_DETECT_OPTIONS.minFuzzyChars} characters with one word changed is not`, () => {
    const changed = '义务教育是教育工作的重中之要，事关千家万户切身利益。';
    expect(check(changed).share).toBe(0);
  });

  it('a long sentence with one word changed is reported', () => {
    const original = sentence('全县现有义务教育阶段学校87所');
    expect(contentLength(original)).toBeGreaterThan(DEFAULT_DETECT_OPTIONS.minFuzzyChars);
    const changed = original.replace('87所', '91所');
    expect(check(changed)).toEqual({ share: expect.any(Number), sources: [SOURCE] });
    expect(check(changed).share).toBeGreaterThan(0.9);
  });

  it(`a loosely alike paragraph is reported from ${DEFAULT_DETECT_OPTIONS.minLooseChars} characters on, not before`, () => {
    const paragraph = sourceText.split('\n').find((l) => contentLength(l) >= DEFAULT_DETECT_OPTIONS.minLooseChars + 40)!;
    const long = disguise(paragraph);
    const found = check(long);
    expect(found.sources).toEqual([SOURCE]);
    expect(found.share).toBeGreaterThan(0.8);
    // The same disguise over its first 90 or so characters: enough shared bigrams, under the paragraph length.
    const short = cut(long, 90);
    expect(contentLength(short)).toBeLessThan(DEFAULT_DETECT_OPTIONS.minLooseChars);
    expect(contentLength(short)).toBeGreaterThanOrEqual(DEFAULT_DETECT_OPTIONS.minFuzzyChars);
    expect(check(short).share).toBe(0);
  });
});

/** Every sentence with its clauses in reverse order. */
function reverseClauses(text: string): string {
  return text
    .split('。')
    .map((sentence) => sentence.split('，').reverse().join('，'))
    .join('。');
}

describe('loosely alike and reordered', () => {
  it('is rewriting, not copying: a loosely alike paragraph with its clauses reversed is not reported', () => {
    const paragraph = sourceText.split('\n').find((l) => contentLength(l) >= DEFAULT_DETECT_OPTIONS.minLooseChars + 40)!;
    expect(check(disguise(paragraph)).sources).toEqual([SOURCE]);
    expect(check(reverseClauses(disguise(paragraph))).share).toBe(0);
  });

  it('a closely alike paragraph with its clauses reversed is still reported', () => {
    const paragraph = sourceText.split('\n').find((l) => contentLength(l) >= DEFAULT_DETECT_OPTIONS.minLooseChars + 40)!;
    const found = check(reverseClauses(paragraph));
    expect(found.sources).toEqual([SOURCE]);
    expect(found.share).toBeGreaterThan(0.8);
  });
});

describe("the author's own sentences between copied ones", () => {
  it('are not counted: a sentence sharing nothing with the source splits the passage', () => {
    const first = sentence('全县现有义务教育阶段学校87所');
    const second = sentence('2019年，我县通过国家义务教育基本均衡发展督导评估认定');
    const own = '我们在走访中还看到，山区孩子每天往返学校要走两个多小时的山路，这一情况值得高度关注。';
    expect(contentLength(own)).toBeGreaterThanOrEqual(DEFAULT_DETECT_OPTIONS.maxGap);
    const pasted = `${first}${own}${second}`;
    const { text, matches } = checkBetweenHost(pasted);
    const at = text.indexOf(pasted);
    const spans = (part: string): [number, number] => {
      const start = text.indexOf(part, at);
      return [start, start + part.length];
    };
    const copies = matches.filter((m) => m.kind === 'copy');
    expect(coverage(text, ...spans(first), copies)).toBeGreaterThan(0.9);
    expect(coverage(text, ...spans(second), copies)).toBeGreaterThan(0.9);
    expect(coverage(text, ...spans(own), copies)).toBe(0);
  });
});

describe("the author's own sentence holding a word of the source", () => {
  it('is still not counted: a sentence that shares a single piece with the source splits the passage', () => {
    const first = sentence('全县现有义务教育阶段学校87所');
    const second = sentence('2019年，我县通过国家义务教育基本均衡发展督导评估认定');
    // 义务教育 stands in the source; nothing else of the sentence does.
    const own = '我们在走访中还看到，义务教育阶段的山区孩子每天往返要走两个多小时的山路，这一情况值得关注。';
    expect(first).toContain('义务教育');
    expect(contentLength(own)).toBeGreaterThanOrEqual(DEFAULT_DETECT_OPTIONS.maxGap);
    const pasted = `${first}${own}${second}`;
    const { text, matches } = checkBetweenHost(pasted);
    const at = text.indexOf(own);
    const copies = matches.filter((m) => m.kind === 'copy');
    expect(coverage(text, at, at + own.length, copies)).toBe(0);
    const firstAt = text.indexOf(first);
    const secondAt = text.indexOf(second, at);
    expect(coverage(text, firstAt, firstAt + first.length, copies)).toBeGreaterThan(0.9);
    expect(coverage(text, secondAt, secondAt + second.length, copies)).toBeGreaterThan(0.9);
  });
});

describe('a phrase used twice', () => {
  it('is two passages, the text between the two uses not claimed', () => {
    // A clause of the source, twice in the draft with a few words of the author's own between.
    const clause = sourceText.split(/[，。；\n]/u).find((c) => contentLength(c) >= 14 && contentLength(c) <= 18)!;
    const own = '的；（三）未将';
    const pasted = `${clause}${own}${clause}`;
    const { text, matches } = checkBetweenHost(pasted);
    const ownAt = text.indexOf(own);
    const start = text.indexOf(pasted);
    expect(coverage(text, ownAt, ownAt + own.length, matches)).toBe(0);
    expect(coverage(text, start, start + clause.length, matches)).toBeGreaterThan(0.9);
    expect(coverage(text, ownAt + own.length, start + pasted.length, matches)).toBeGreaterThan(0.9);
  });
});

describe('sentences shuffled from end to end', () => {
  it('stay one passage, a weak sentence among them included', () => {
    // Ten consecutive sentences of the source; the one read second is short and has a word slipped in,
    // too weak to be reported on its own, and the order jumps across the whole stretch around it.
    const sentences = sourceText
      .slice(sourceText.indexOf('县委、县政府坚持'))
      .split('\n')
      .flatMap((line) => line.match(/[^。；]+[。；]/gu) ?? []);
    const strong = (k: number): boolean => contentLength(sentences[k]!) >= DEFAULT_DETECT_OPTIONS.minChars;
    const first = sentences.findIndex(
      (x, k) => contentLength(x) >= 20 && contentLength(x) < 28 && k + 10 <= sentences.length && strong(k + 9),
    );
    expect(first).toBeGreaterThanOrEqual(0);
    const s = sentences.slice(first, first + 10);
    const weak = `${s[0]!.slice(0, 4)}切实${s[0]!.slice(4)}`;
    expect(contentLength(weak)).toBeGreaterThanOrEqual(DEFAULT_DETECT_OPTIONS.maxGap);
    expect(contentLength(weak)).toBeLessThan(DEFAULT_DETECT_OPTIONS.minFuzzyChars);
    const pasted = [s[9], weak, s[6], s[1], s[7], s[2], s[8], s[3], s[4], s[5]].join('');
    const { text, matches } = checkBetweenHost(pasted);
    const start = text.indexOf(pasted);
    const copies = matches.filter((m) => m.kind === 'copy' && m.start < start + pasted.length && m.end > start);
    expect(copies.map((m) => m.source.path)).toEqual([SOURCE]);
    expect(coverage(text, start, start + pasted.length, copies)).toBeGreaterThan(0.95);
  });
});
