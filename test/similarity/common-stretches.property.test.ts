import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonStretches, heldTogether } from '../../src/similarity/detect.js';
import { kgramHashes } from '../../src/similarity/hash.js';
import type { Postings } from '../../src/similarity/lookup.js';
import { GUARANTEE, K } from '../../src/similarity/parameters.js';

/** Rows as a postings list, in (document, position) order as indexes give them. */
function postingsOf(rows: ReadonlyArray<readonly [number, number]>): Postings {
  const sorted = [...rows].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { length: sorted.length, docs: sorted.map(([doc]) => doc), positions: sorted.map(([, pos]) => pos) };
}

/** Distinct rows: an index holds a (document, position) once per fingerprint. */
const rowsArb = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 12 })), {
  minLength: 5,
  maxLength: 60,
  selector: ([doc, pos]) => `${doc}:${pos}`,
});

describe('documents holding two fingerprints at one distance', () => {
  it('are counted as a scan of every pair of rows counts them, up to the number asked for', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 5 }), (a, b, distance, enough, out) => {
        const leftOut = (doc: number): boolean => doc === out;
        const holding = new Set<number>();
        for (const [da, pa] of a) for (const [db, pb] of b) if (da === db && pa + distance === pb && !leftOut(da)) holding.add(da);
        expect(heldTogether(postingsOf(a), postingsOf(b), distance, enough, leftOut)).toBe(Math.min(enough, holding.size));
      }),
    );
  });

  it('count a document once, however many times it holds the two', () => {
    const a = postingsOf([
      [3, 5],
      [3, 10],
    ]);
    const b = postingsOf([
      [3, 7],
      [3, 12],
    ]);
    expect(heldTogether(a, b, 2, 5, () => false)).toBe(1);
  });

  it('are found past long stretches of other documents (the galloping skip)', () => {
    // A common word's list: thousands of rows, of which only the last documents also hold the partner.
    const long = postingsOf(Array.from({ length: 5000 }, (_, i) => [i, 7] as const));
    const short = postingsOf([
      [4990, 12],
      [4995, 12],
      [4999, 12],
      [4999, 40],
    ]);
    const none = (): boolean => false;
    expect(heldTogether(long, short, 5, 3, none)).toBe(3);
    expect(heldTogether(short, long, -5, 3, none)).toBe(3);
    expect(heldTogether(long, short, 6, 3, none)).toBe(0);
  });
});

describe('common stretches of a draft', () => {
  // Documents over a small alphabet, so that stretches recur; a draft made of their pieces.
  const docArb = fc.string({ unit: fc.constantFrom(...'甲乙丙丁戊己'), minLength: 20, maxLength: 60 });

  it('mark exactly the characters of 9- to 13-character stretches that enough documents hold, near the ranges asked for', () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 2, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 5, max: 25 })), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.tuple(fc.nat(), fc.nat()),
        (docs, pieces, enough, [from, span]) => {
          const draftText = pieces.map(([d, at, n]) => docs[d % docs.length]!.slice(at % 20, (at % 20) + n)).join('乙');
          const codePoints = (text: string): Uint32Array => Uint32Array.from(Array.from(text, (c) => c.codePointAt(0)!));
          const draft = kgramHashes(codePoints(draftText), K);
          // Every k-gram of every document indexed (a postings list per hash), as an in-memory lookup does.
          const lists = new Map<number, Array<[number, number]>>();
          docs.forEach((text, doc) => kgramHashes(codePoints(text), K).forEach((h, pos) => (lists.get(h) ?? lists.set(h, []).get(h)!).push([doc, pos])));
          const leftOut = (doc: number): boolean => doc === 1;
          const range = { draftStart: from % (draftText.length + 1), draftEnd: Math.min(draftText.length, (from % (draftText.length + 1)) + span) };
          const marks = commonStretches(draft.length, (pos) => postingsOf(lists.get(draft[pos]!) ?? []), [range], enough, leftOut);

          const expected = new Uint8Array(draft.length + K - 1);
          for (let first = Math.max(0, range.draftStart - GUARANTEE + 1); first < Math.min(draft.length, range.draftEnd); first++) {
            for (let second = first + 9 - K; second <= first + GUARANTEE - K && second < draft.length; second++) {
              const holders = new Set<number>();
              for (const [da, pa] of lists.get(draft[first]!) ?? []) {
                for (const [db, pb] of lists.get(draft[second]!) ?? []) if (da === db && pb - pa === second - first && !leftOut(da)) holders.add(da);
              }
              if (holders.size >= enough) expected.fill(1, first, second + K);
            }
          }
          expect(Array.from(marks)).toEqual(Array.from(expected));
        },
      ),
    );
  });
});
