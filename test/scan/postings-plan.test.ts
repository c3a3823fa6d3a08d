import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planScan, type ArchiveEntry } from '../../src/scan/plan.js';
import { PostingsTable, sharedPostings } from '../../src/scan/postings-table.js';
import { collectPostings } from '../../src/store/postings-arrays.js';
import { pairsOf } from '../store/helpers.js';

/** A table from `[hash, doc, pos]` rows (sorted here, as the index's primary key orders them), in shared memory as a scan loads it. */
function tableOf(rows: Array<[number, number, number]>): PostingsTable {
  const sorted = [...rows].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return new PostingsTable(sharedPostings(collectPostings(sorted.length, (visit) => sorted.forEach(([h, d, p]) => visit(h, d, p)))));
}

describe('PostingsTable', () => {
  it('answers exactly what a scan of all rows answers', () => {
    const hash = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 2 ** 52 - 1 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(hash, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 99 })), { maxLength: 200 }), hash, (rows, probe) => {
        const unique = [...new Map(rows.map((r) => [r.join(','), r])).values()];
        const table = tableOf(unique);
        const expected = unique
          .filter(([h]) => h === probe)
          .map(([, d, p]) => [d, p])
          .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
        expect(pairsOf(table.postings(probe))).toEqual(expected);
        for (const [h] of unique) expect(table.postings(h).length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('planScan', () => {
  // Documents 1–2 share fingerprint 100, 2–3 share 200; 4 shares nothing.
  const rows: Array<[number, number, number]> = [
    [100, 1, 0],
    [100, 2, 0],
    [200, 2, 5],
    [200, 3, 0],
    [300, 4, 0],
  ];
  const archive: ArchiveEntry[] = [1, 2, 3, 4].map((id) => ({ id, path: `d${id}`, contentHash: `h${id}` }));
  const state = new Map(archive.map((e) => [e.path, e.contentHash]));
  const base = { archive, table: tableOf(rows), fingerprintsOf: () => null };

  it('first run: everything', () => {
    const plan = planScan({ ...base, snapshot: new Map(), stored: new Map() });
    expect(plan.tasks.map((t) => t.path)).toEqual(['d1', 'd2', 'd3', 'd4']);
  });

  it('resume: only the documents without a stored row, nothing else recomputed', () => {
    const stored = new Map([['d1', 'h1'], ['d3', 'h3']]);
    const plan = planScan({ ...base, snapshot: state, stored });
    expect(plan.tasks.map((t) => t.path)).toEqual(['d2', 'd4']);
    expect(plan.reused).toBe(2);
    expect(plan.drop).toEqual([]);
  });

  it('a changed document is redone with those sharing its fingerprints, not the others', () => {
    const changed = archive.map((e) => (e.id === 3 ? { ...e, contentHash: 'h3-new' } : e));
    const plan = planScan({
      ...base,
      archive: changed,
      snapshot: state,
      stored: state,
      fingerprintsOf: (path) => (path === 'd3' ? Float64Array.of(200) : null),
    });
    expect(plan.tasks.map((t) => t.path)).toEqual(['d2', 'd3']);
    expect(plan.drop).toEqual(['d2', 'd3']);
  });

  it('a removed document makes those that shared its fingerprints stale', () => {
    const plan = planScan({
      ...base,
      archive: archive.filter((e) => e.id !== 1),
      table: tableOf(rows.filter(([, d]) => d !== 1)),
      snapshot: state,
      stored: state,
      fingerprintsOf: (path) => (path === 'd1' ? Float64Array.of(100) : null),
    });
    expect(plan.tasks.map((t) => t.path)).toEqual(['d2']);
    expect(plan.drop).toEqual(['d1', 'd2']);
  });
});
