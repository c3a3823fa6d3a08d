import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, toNormalised, toOriginal } from '../../../src/ingest/normalise/normalise.js';
import type { Normalised } from '../../../src/model.js';
import { corpusSample, CORPUS, hasCorpus } from '../../similarity/helpers.js';

/** What report text is made of, and what copiers insert to hide copying. */
const PIECES = [
  // simplified report text
  '乡村振兴', '营商环境', '坚持', '发展', '调研', '基层', '减负', '群众', '干部', '数字政府', '的', '了', '在',
  // traditional, including phrase-dependent characters
  '臺灣', '經濟', '發展', '鄉村', '後面', '頭髮', '乾隆', '乾燥', '著作', '於是', '裡面', '為', '體',
  // full-width Latin, digits, punctuation
  'ＡＢＣ', '１２３', '５．２％', 'ＧＤＰ', '，', '。', '、', '；', '：', '！', '？', '（', '）', '《', '》', '【', '】',
  // quotes and dashes of every family
  '“', '”', '‘', '’', '「', '」', '『', '』', '"', "'", '——', '～', '…', '·',
  // Latin and numbers
  'GDP', 'Word', 'e.g.', '2023年', '5.2%', '1.5亿元',
  // astral Han (extension B and beyond)
  '𠀀', '𪚥', '𠮷', '𡈽',
  // whitespace and invisible characters
  ' ', '\u3000', '\u00a0', '\t', '\n', '\r\n', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad',
  // compatibility forms that expand
  '①', '㈠', 'Ⅻ', '㍿', 'ﬁ', '½',
];
const reportText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));

/** Every problem of the offset map of `view` over `original`; empty when the map is sound. */
function mapProblems(original: string, view: Normalised): string[] {
  const problems: string[] = [];
  const n = view.text.length;
  if (view.starts.length !== n || view.ends.length !== n) problems.push(`map lengths ${view.starts.length}/${view.ends.length} ≠ ${n}`);
  for (let i = 0; i < n; i++) {
    const s = view.starts[i]!;
    const e = view.ends[i]!;
    if (!(s >= 0 && s < e && e <= original.length)) problems.push(`unit ${i} maps to [${s}, ${e}) outside the original (${original.length})`);
    const cp = original.codePointAt(s)!;
    if (e - s !== (cp > 0xffff ? 2 : 1)) problems.push(`unit ${i} maps to [${s}, ${e}), not one whole code point`);
    if (i > 0 && (s < view.starts[i - 1]! || e < view.ends[i - 1]!)) problems.push(`map decreases at ${i}`);
    if (problems.length > 5) break;
  }
  return problems;
}

/** Checks `toOriginal(toNormalised(toOriginal(a, b)))` equals `toOriginal(a, b)`. */
function roundTrip(view: Normalised, a: number, b: number): void {
  const once = toOriginal(view, a, b);
  const back = toNormalised(view, once.start, once.end);
  expect(toOriginal(view, back.start, back.end), `[${a}, ${b}) → ${JSON.stringify(once)} → ${JSON.stringify(back)}`).toEqual(once);
}

const withSpan = (text: fc.Arbitrary<string>): fc.Arbitrary<[string, number, number]> =>
  text.chain((t) => {
    const n = normalise(t).text.length;
    return fc.tuple(fc.constant(t), fc.nat(n), fc.nat(n)).map(([s, x, y]): [string, number, number] => [s, Math.min(x, y), Math.max(x, y)]);
  });

describe('normalise (properties on report-like text)', () => {
  it('every normalised code unit maps to one whole code point inside the original, in order', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        expect(mapProblems(text, normalise(text))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('toOriginal(toNormalised(toOriginal(a, b))) = toOriginal(a, b)', () => {
    fc.assert(
      fc.property(withSpan(reportText), ([text, a, b]) => roundTrip(normalise(text), a, b)),
      { numRuns: 1000 },
    );
  });

  it('is idempotent on content', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const once = normalise(text).text;
        expect(normalise(once).text).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('drops every whitespace and zero-width character, keeps every Han character as one code point', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const out = normalise(text).text;
        expect(out).not.toMatch(/[\s\u200b-\u200d\u2060\ufeff\u00ad]/u);
        const han = (s: string): number => Array.from(s).filter((c) => /\p{Script=Han}/u.test(c)).length;
        // Compatibility forms (㈠, ㍿) expand to Han characters, so count after NFKC.
        expect(han(out)).toBe(han(text.normalize('NFKC')));
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalise (properties on any string)', () => {
  it('the map is sound for arbitrary UTF-16, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(mapProblems(text, normalise(text))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('round trip holds for arbitrary Unicode', () => {
    fc.assert(
      fc.property(withSpan(fc.string({ unit: 'grapheme', maxLength: 60 })), ([text, a, b]) => roundTrip(normalise(text), a, b)),
      { numRuns: 1000 },
    );
  });
});

/** About 200 files spread over the whole corpus (every n-th of the sorted list, so the same on every run). */
const files = hasCorpus ? corpusSample(200) : [];

describe.skipIf(!hasCorpus)(`normalise on ${files.length} files of the shared corpus (${CORPUS})`, () => {
  const texts = files.map((f) => [f.slice(CORPUS.length + 1), readFileSync(f, 'utf8')] as const);

  it('every normalised code unit maps inside the original, starts and ends never decrease', () => {
    for (const [path, text] of texts) expect(mapProblems(text, normalise(text)), path).toEqual([]);
  });

  it('round trip holds for spans spread over each file', () => {
    const random = fc.sample(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { seed: 13, numRuns: 40 });
    for (const [, text] of texts) {
      const view = normalise(text);
      const n = view.text.length;
      for (const [x, y] of random) {
        const a = Math.floor(Math.min(x, y) * n);
        const b = Math.floor(Math.max(x, y) * n);
        roundTrip(view, a, b);
      }
    }
  });

  it('is idempotent on content', () => {
    for (const [path, text] of texts) {
      const once = normalise(text).text;
      expect(normalise(once).text === once, path).toBe(true);
    }
  });
});
