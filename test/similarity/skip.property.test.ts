import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDrafts } from '../../src/similarity/check.js';
import type { SourceLookup } from '../../src/similarity/lookup.js';
import { corpusSample, FingerprintLookup, hasCorpus, textDocument } from './helpers.js';

/**
 * An archive scan lists the checked document's own rows in the postings and names it as `skip`, rather
 * than copying every list without them. Detection must come out exactly as if those rows were not
 * there: same passages, sources, holders, classes and ratios.
 */
describe('a skipped source', () => {
  const texts = hasCorpus ? corpusSample(40).map((f) => readFileSync(f, 'utf8').slice(0, 6000)) : [];

  it.skipIf(!hasCorpus)('is left out exactly as if its rows were not in the postings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: texts.length - 1 }),
        fc.uniqueArray(fc.integer({ min: 0, max: texts.length - 1 }), { maxLength: 4 }),
        // Besides the default, limits low enough that the skipped rows decide whether a list seeds.
        fc.constantFrom(undefined, 1, 2, 3),
        (self, pasted, maxPostings) => {
          // The checked document holds pieces of others and others hold a piece of it: seeds both ways,
          // and its own rows in many lists.
          const lookup = new FingerprintLookup();
          texts.forEach((text, i) => lookup.add(`doc-${i}.txt`, pasted.includes(i) && i !== self ? text + texts[self]!.slice(0, 400) : text));
          const draft = textDocument('draft.txt', texts[self]! + pasted.map((i) => texts[i]!.slice(200, 500)).join(''));
          const listed: SourceLookup = { postings: (h) => lookup.postings(h), source: (id) => lookup.source(id), skip: self };
          const filtered: SourceLookup = {
            postings: (h) => {
              const all = lookup.postings(h);
              const rows = Array.from({ length: all.length }, (_, r) => r).filter((r) => all.docs[r] !== self);
              return { length: rows.length, docs: rows.map((r) => all.docs[r]!), positions: rows.map((r) => all.positions[r]!) };
            },
            source: (id) => lookup.source(id),
          };
          const options = { crossDrafts: false, ...(maxPostings !== undefined ? { maxPostings } : {}) };
          const a = checkDrafts([draft], listed, options);
          expect(a).toEqual(checkDrafts([draft], filtered, options));
          expect(a[0]!.matches.some((m) => m.source.path === `doc-${self}.txt`)).toBe(false);
        },
      ),
      { numRuns: 40, seed: 20261128 },
    );
  });
});
