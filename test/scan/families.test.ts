import { describe, expect, it } from 'vitest';
import { compareDates, documentDate, type DocumentDate } from '../../src/scan/dates.js';
import { findFamilies } from '../../src/scan/families.js';
import type { ScannedRow } from '../../src/scan/scan-row.js';
import { UnionFind } from '../../src/scan/union-find.js';

function row(path: string, pairs: Array<[string, number]>): ScannedRow {
  return {
    path,
    status: 'scanned',
    contentHash: path,
    totalChars: 1000,
    copiedChars: 0,
    copyRatio: 0,
    copyRatioExcludingQuotes: 0,
    copyRatioExcludingSelf: 0,
    maxSingleSourceRatio: 0,
    matches: pairs.length,
    sources: [],
    archivePairs: pairs.map(([p, chars]) => ({ path: p, chars })),
    quality: null,
  };
}

const dated = (date: string): DocumentDate => ({ date, source: 'metadata' });

describe('findFamilies', () => {
  it('joins documents linked through a chain, directs links by date, leaves loners out', () => {
    const rows = [
      row('b.txt', [['a.txt', 400]]),
      row('a.txt', [['b.txt', 380]]),
      row('c.txt', [['b.txt', 250]]),
      row('d.txt', [['a.txt', 30]]), // below the threshold: no family
      row('e.txt', []),
    ];
    const dates = new Map([
      ['a.txt', dated('2020-01-01')],
      ['b.txt', dated('2019-05-01')],
      ['c.txt', dated('2021')],
    ]);
    const families = findFamilies(rows, dates, 200);
    expect(families).toHaveLength(1);
    const [family] = families;
    expect(family!.members.map((m) => m.path)).toEqual(['b.txt', 'a.txt', 'c.txt']);
    expect(family!.links).toEqual([
      { original: 'b.txt', copy: 'a.txt', direction: 'dated', copyChars: 380, originalChars: 400 },
      { original: 'b.txt', copy: 'c.txt', direction: 'dated', copyChars: 250, originalChars: 0 },
    ]);
  });

  it('says undetermined when the dates cannot tell', () => {
    const families = findFamilies([row('x.txt', [['y.txt', 500]]), row('y.txt', [])], new Map([['x.txt', dated('2020')], ['y.txt', dated('2020-03-01')]]));
    expect(families[0]!.links[0]!.direction).toBe('undetermined');
    expect(families[0]!.links[0]!.original).toBe('x.txt');
  });

  it('is deterministic: the same rows in any order give the same families', () => {
    const rows = [row('p', [['q', 300]]), row('q', [['r', 300]]), row('r', []), row('s', [['t', 900]]), row('t', [])];
    const a = findFamilies(rows, new Map());
    const b = findFamilies([...rows].reverse(), new Map());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.map((f) => f.members.length)).toEqual([3, 2]);
  });
});

describe('documentDate', () => {
  it.each([
    ['laws/经济法/会计法(2017-11-04).txt', undefined, undefined, { date: '2017-11-04', source: 'file name' }],
    ['laws/宪法/宪法修正案（2004年）.txt', undefined, undefined, { date: '2004', source: 'file name' }],
    ['r/报告.txt', '2023-05-10', undefined, { date: '2023-05-10', source: 'metadata' }],
    ['r/报告.txt', undefined, Date.UTC(2021, 6, 1), { date: '2021-07-01', source: 'file time' }],
    ['r/报告.txt', undefined, undefined, null],
  ])('%s (meta %s)', (path, meta, mtime, expected) => {
    expect(documentDate(path, meta, mtime)).toEqual(expected);
  });

  it('compares dates of different precision by their common prefix', () => {
    expect(compareDates('2019', '2020-01-01')).toBeLessThan(0);
    expect(compareDates('2020', '2020-01-01')).toBe(0);
    expect(compareDates('2020-02-01', '2020-01-31')).toBeGreaterThan(0);
  });
});

describe('UnionFind', () => {
  it('finds the same root for everything joined, directly or not', () => {
    const sets = new UnionFind(6);
    sets.union(0, 1);
    sets.union(2, 3);
    sets.union(1, 3);
    expect(new Set([0, 1, 2, 3].map((i) => sets.find(i))).size).toBe(1);
    expect(sets.find(4)).not.toBe(sets.find(0));
    expect(sets.find(5)).toBe(5);
  });
});

describe('findFamilies against chaining', () => {
  it('a long document sharing a paragraph with many others does not chain them into one family', () => {
    const hub = { ...row('hub.txt', [['a.txt', 250], ['b.txt', 250]]), totalChars: 50_000 };
    const a = { ...row('a.txt', [['hub.txt', 250]]), totalChars: 5_000 };
    const b = { ...row('b.txt', [['hub.txt', 250]]), totalChars: 5_000 };
    expect(findFamilies([hub, a, b], new Map(), 200, 0.1)).toEqual([]);
    expect(findFamilies([hub, a, b], new Map(), 200, 0.05)).toHaveLength(1);
  });
  it('file names with long digit runs give no date', () => {
    expect(documentDate('software-docs/libreoffice-help/00207_01020000.html.txt', undefined, undefined)).toBeNull();
  });
});
