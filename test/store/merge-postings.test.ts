import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergePostings, orderByHash, type AddedRows } from '../../src/store/merge-postings.js';
import { collectPostings } from '../../src/store/postings-arrays.js';

type Row = [number, number, number];
const byKey = (a: Row, b: Row): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
const arraysOf = (rows: Row[]) => collectPostings(rows.length, (visit) => [...rows].sort(byKey).forEach(([h, d, p]) => visit(h, d, p)));
/** Rows a build adds, with their key order as the build gives it. */
function addedRows(rows: readonly Row[]): AddedRows {
  const hashes = Float64Array.from(rows, (r) => r[0]);
  return { hashes, docs: Int32Array.from(rows, (r) => r[1]), positions: Int32Array.from(rows, (r) => r[2]), order: orderByHash(hashes) };
}
const hash = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 2 ** 52 - 1 }));

describe('orderByHash', () => {
  it('sorts by hash and keeps the order of equal hashes, over the whole 52-bit range', () => {
    fc.assert(
      fc.property(fc.array(hash, { maxLength: 500 }), (list) => {
        const hashes = Float64Array.from(list);
        const order = [...orderByHash(hashes)];
        const expected = list.map((h, i) => [h, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
        expect(order).toEqual(expected);
      }),
    );
  });
});

describe('mergePostings', () => {
  it('gives what collecting every row in key order gives: kept rows without the dropped documents, plus the added', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(hash, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 50 })), { maxLength: 200, selector: (r) => r.join() }),
        fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 4 }),
        fc.array(fc.tuple(hash, fc.integer({ min: 0, max: 40 })), { maxLength: 200 }),
        (before, dropped, fresh) => {
          // Added documents get ids above every kept one (9 and up), rows document by document, in position order.
          const added: Row[] = fresh.map(([h, p], i): Row => [h, 9 + (i % 3), p]).sort((a, b) => a[1] - b[1] || a[2] - b[2]);
          const unique = [...new Map(added.map((r) => [`${r[1]}:${r[2]}`, r])).values()];
          const merged = mergePostings(before.length > 0 ? arraysOf(before as Row[]) : null, new Set(dropped), addedRows(unique));
          const expected = arraysOf([...(before as Row[]).filter(([, d]) => !dropped.includes(d)), ...unique]);
          expect(merged).not.toBeNull();
          expect([...merged!.hashes]).toEqual([...expected.hashes]);
          expect([...merged!.starts]).toEqual([...expected.starts]);
          expect([...merged!.docs]).toEqual([...expected.docs]);
          expect([...merged!.positions]).toEqual([...expected.positions]);
        },
      ),
    );
  });

  it('declines when an added document does not come after every kept one', () => {
    const before = arraysOf([[5, 3, 0], [7, 4, 1]]);
    expect(mergePostings(before, new Set(), addedRows([[6, 2, 0]]))).toBeNull();
    expect(mergePostings(before, new Set([4, 3]), addedRows([[6, 2, 0]]))).not.toBeNull();
  });
});
