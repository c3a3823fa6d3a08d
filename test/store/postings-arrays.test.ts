import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectPostings, postingsBlobs, postingsFrom, postingsFromBlobs } from '../../src/store/postings-arrays.js';
import { pairsOf } from './helpers.js';

describe('PostingsArrays', () => {
  const hash = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 2 ** 52 - 1 }));
  const row = fc.tuple(hash, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 99 }));

  it('answers what a scan of all rows answers, also after a round trip through blobs', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), hash, (rows, probe) => {
        const unique = [...new Map(rows.map((r) => [r.join(','), r])).values()].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
        const arrays = collectPostings(unique.length, (visit) => unique.forEach(([h, d, p]) => visit(h, d, p)));
        const blobs = postingsBlobs(arrays);
        const stored = postingsFromBlobs(blobs);
        // A blob that does not start on an element boundary is copied, with the same result.
        const shifted = (b: Buffer): Buffer => Buffer.concat([Buffer.alloc(1), b]).subarray(1);
        const copied = postingsFromBlobs({ hashes: shifted(blobs.hashes), starts: shifted(blobs.starts), docs: shifted(blobs.docs), positions: shifted(blobs.positions) });
        for (const h of [probe, ...unique.map((r) => r[0])]) {
          const expected = unique.filter((r) => r[0] === h).map(([, d, p]) => [d, p]);
          expect(pairsOf(postingsFrom(arrays, h))).toEqual(expected);
          expect(pairsOf(postingsFrom(stored, h))).toEqual(expected);
          expect(pairsOf(postingsFrom(copied, h))).toEqual(expected);
        }
        expect(stored.hashes.length).toBe(new Set(unique.map((r) => r[0])).size);
      }),
    );
  });
});
