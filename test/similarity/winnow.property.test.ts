import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/ingest/normalise/normalise.js';
import { contentOf } from '../../src/similarity/content.js';
import { fingerprint } from '../../src/similarity/fingerprint.js';
import { kgramHashes } from '../../src/similarity/hash.js';
import { GUARANTEE, K, WINDOW } from '../../src/similarity/parameters.js';
import { winnow } from '../../src/similarity/winnow.js';

const codePointsOf = (text: string): Uint32Array => Uint32Array.from(Array.from(text), (c) => c.codePointAt(0)!);

/** Han characters of report text, a few astral ones among them, so k-grams repeat as in real text. */
const HAN = Array.from('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研队构社会群众乡村振兴营商环境数字政府基层减负调研报告𠀀𪚥𠮷');
const hanText = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...HAN), { minLength: min, maxLength: max }).map((cs) => cs.join(''));

/** Hashes drawn from a small set, so that ties (equal minima) are frequent. */
const hashArrays = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.integer({ min: 1, max: 30 }))
  .map(([xs, w]) => [Float64Array.from(xs), w] as const);

describe('winnow (Schleimer, Wilkerson & Aiken 2003)', () => {
  it('selects positions that are valid, strictly increasing and unique', () => {
    fc.assert(
      fc.property(hashArrays, ([hashes, w]) => {
        const selected = [...winnow(hashes, w)];
        for (const p of selected) expect(p >= 0 && p < hashes.length).toBe(true);
        for (let i = 1; i < selected.length; i++) expect(selected[i]!).toBeGreaterThan(selected[i - 1]!);
        expect(selected.length === 0).toBe(hashes.length === 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('consecutive selected positions are at most w apart', () => {
    fc.assert(
      fc.property(hashArrays, ([hashes, w]) => {
        const selected = winnow(hashes, w);
        for (let i = 1; i < selected.length; i++) expect(selected[i]! - selected[i - 1]!).toBeLessThanOrEqual(w);
      }),
      { numRuns: 2000 },
    );
  });

  it('every window of w hashes holds a selected position, which is its rightmost minimum', () => {
    fc.assert(
      fc.property(hashArrays, ([hashes, w]) => {
        const selected = new Set(winnow(hashes, w));
        for (let start = 0; start + w <= hashes.length; start++) {
          let min = start;
          for (let i = start + 1; i < start + w; i++) if (hashes[i]! <= hashes[min]!) min = i;
          expect(selected.has(min), `window [${start}, ${start + w})`).toBe(true);
        }
        if (hashes.length > 0 && hashes.length < w) expect(selected.size).toBe(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('selects nothing but window minima (it is a subset, not every position)', () => {
    fc.assert(
      fc.property(hashArrays, ([hashes, w]) => {
        const minima = new Set<number>();
        const last = Math.max(1, hashes.length - w + 1);
        for (let start = 0; start < last; start++) {
          let min = start;
          for (let i = start + 1; i < Math.min(hashes.length, start + w); i++) if (hashes[i]! <= hashes[min]!) min = i;
          minima.add(min);
        }
        for (const p of winnow(hashes, w)) expect(minima.has(p)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('k-gram hashes', () => {
  it(`GUARANTEE is w + k − 1 (${WINDOW} + ${K} − 1 = ${GUARANTEE})`, () => {
    expect(WINDOW + K - 1).toBe(GUARANTEE);
    expect(GUARANTEE).toBe(13);
  });

  it('there are max(0, n − k + 1) of them, each a safe integer in [0, 2^52)', () => {
    fc.assert(
      fc.property(hanText(0, 60), fc.integer({ min: 1, max: 8 }), (text, k) => {
        const cps = codePointsOf(text);
        const hashes = kgramHashes(cps, k);
        expect(hashes.length).toBe(Math.max(0, cps.length - k + 1));
        for (const h of hashes) {
          expect(Number.isSafeInteger(h)).toBe(true);
          expect(h >= 0 && h < 2 ** 52).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('equal k-grams hash equal, wherever they are (the rolling hash equals a fresh one)', () => {
    fc.assert(
      fc.property(hanText(0, 40), hanText(K, K), hanText(0, 40), (before, gram, after) => {
        const rolled = kgramHashes(codePointsOf(before + gram + after), K);
        const fresh = kgramHashes(codePointsOf(gram), K)[0]!;
        expect(rolled[Array.from(before).length]).toBe(fresh);
      }),
      { numRuns: 1000 },
    );
  });

  it('distinct k-grams of real report text do not collide', () => {
    const text = HAN.join('').repeat(3) + HAN.slice().reverse().join('');
    const cps = codePointsOf(text);
    const byHash = new Map<number, string>();
    kgramHashes(cps, K).forEach((h, i) => {
      const gram = String.fromCodePoint(...cps.subarray(i, i + K));
      expect(byHash.get(h) ?? gram, `hash ${h}`).toBe(gram);
      byHash.set(h, gram);
    });
  });

  it('hashes astral code points by code point, not by surrogate halves', () => {
    const a = kgramHashes(codePointsOf('𠀀𪚥𠮷乡村'), K);
    const b = kgramHashes(codePointsOf('𠀀𪚥𠮷乡村'), K);
    expect(a).toHaveLength(1);
    expect(a).toEqual(b);
    expect(kgramHashes(codePointsOf('𠀁𪚥𠮷乡村'), K)[0]).not.toBe(a[0]);
  });
});

describe(`the ${GUARANTEE}-character guarantee`, () => {
  /** A run of content characters with punctuation, spaces and line breaks anywhere around it. */
  const noisyHan = (min: number, max: number): fc.Arbitrary<string> =>
    fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...HAN) }, { weight: 1, arbitrary: fc.constantFrom('，', '。', '、', ' ', '\n', '“', '”', '\u200b') }), { minLength: min, maxLength: max }).map((cs) => cs.join(''));

  it(`drafts sharing a run of ${GUARANTEE}+ content characters share a winnowed fingerprint`, () => {
    fc.assert(
      fc.property(noisyHan(0, 200), noisyHan(0, 200), noisyHan(0, 200), noisyHan(0, 200), hanText(GUARANTEE, 40), (a1, a2, b1, b2, run) => {
        const a = fingerprint(normalise(a1 + run + a2));
        const b = fingerprint(normalise(b1 + run + b2));
        const inA = new Set(a.hashes);
        expect(b.hashes.some((h) => inA.has(h))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('also when the copy changes punctuation, width, spacing and script (traditional)', () => {
    const source = '一是強化基層減負，堅決整治形式主義為基層減負。';
    const draft = '此外, 一是强化 基层减负 ,坚决整治\n形式主义为基层减负.另起一段';
    const a = new Set(fingerprint(normalise(source)).hashes);
    expect(fingerprint(normalise(draft)).hashes.some((h) => a.has(h))).toBe(true);
  });

  it('selected positions point at the k-grams whose hashes they carry', () => {
    fc.assert(
      fc.property(noisyHan(0, 300), (text) => {
        const view = normalise(text);
        const { content, hashes, positions } = fingerprint(view);
        const all = kgramHashes(content.codePoints, K);
        expect(hashes.length).toBe(positions.length);
        positions.forEach((p, i) => expect(all[p]).toBe(hashes[i]));
        expect(content.codePoints.length).toBe(contentOf(view).codePoints.length);
      }),
      { numRuns: 300 },
    );
  });
});
