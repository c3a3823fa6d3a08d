import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPostings } from '../../src/scan/load-postings.js';
import { PostingsTable } from '../../src/scan/postings-table.js';
import type { Postings } from '../../src/similarity/lookup.js';
import { CorpusIndex } from '../../src/store/corpus-index.js';
import { copySampleCorpus, pairsOf, syncFolder, tempDir } from './helpers.js';

describe('an index without postings arrays (too large for them)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('answers postings, for checks and for a scan, as one with them does', async () => {
    copySampleCorpus(tmp.at('corpus'));
    await syncFolder(tmp.at('with.sqlite'), tmp.at('corpus'));
    await syncFolder(tmp.at('without.sqlite'), tmp.at('corpus'));
    const sqlite = new Database(tmp.at('without.sqlite'));
    sqlite.exec('DELETE FROM postings_arrays');
    const hashes = (sqlite.prepare('SELECT DISTINCT hash FROM fingerprints').pluck().all() as number[]).slice(0, 400);
    sqlite.close();

    const withArrays = CorpusIndex.open(tmp.at('with.sqlite'), { readonly: true });
    const withoutArrays = CorpusIndex.open(tmp.at('without.sqlite'), { readonly: true });
    try {
      expect(withArrays.postingsArrays()).not.toBeNull();
      expect(withoutArrays.postingsArrays()).toBeNull();
      const probes = [...hashes, 12345, 2 ** 51];
      const pairs = (lists: Map<number, Postings>): Array<[number, Array<[number, number]>]> => [...lists].map(([h, list]) => [h, pairsOf(list)]);
      expect(pairs(withoutArrays.postingsOf(probes))).toEqual(pairs(withArrays.postingsOf(probes)));
      for (const h of probes.slice(0, 50)) expect(pairsOf(withoutArrays.postings(h))).toEqual(pairsOf(withArrays.postings(h)));
    } finally {
      withArrays.close();
      withoutArrays.close();
    }
    const a = new PostingsTable(loadPostings(tmp.at('with.sqlite')));
    const b = new PostingsTable(loadPostings(tmp.at('without.sqlite')));
    expect(b.size).toBe(a.size);
    for (const h of hashes) expect(pairsOf(b.postings(h))).toEqual(pairsOf(a.postings(h)));
  });
});
