import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/ingest.js';
import { checkDrafts } from '../../src/similarity/check.js';
import { CorpusIndex } from '../../src/store/corpus-index.js';
import { IndexLookup } from '../../src/store/index-lookup.js';
import { copySampleCorpus, SAMPLE, syncFolder, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
let db: string;

beforeAll(async () => {
  tmp = tempDir();
  copySampleCorpus(tmp.at('reference'));
  db = tmp.at('index.sqlite');
  await syncFolder(db, tmp.at('reference'));
});
afterAll(() => tmp?.remove());

describe('the prepared-source cache', () => {
  it('keeps a source while it fits, and what it keeps never changes a result', async () => {
    const index = CorpusIndex.open(db, { readonly: true });
    try {
      const roomy = new IndexLookup(index);
      expect(roomy.source(1)).toBe(roomy.source(1));
      // One character of room: every source is made again when asked for, and stays whole.
      const tight = new IndexLookup(index, 1000, 1);
      const first = tight.source(1);
      tight.source(2);
      const again = tight.source(1);
      expect(again).not.toBe(first);
      expect(again.content.codePoints).toEqual(first.content.codePoints);
      expect(again.content.toNormalised).toEqual(first.content.toNormalised);

      const drafts = await Promise.all(
        ['draft-copied.txt', 'draft-disguised.md', 'draft-original.txt'].map(async (name) => {
          const path = join(SAMPLE, 'drafts', name);
          return { path, document: await ingestFile(path) };
        }),
      );
      const results = (lookup: IndexLookup): string => JSON.stringify(checkDrafts(drafts, lookup));
      expect(checkDrafts(drafts, new IndexLookup(index))[0]!.matches.length).toBeGreaterThan(0);
      expect(results(new IndexLookup(index, 1000, 1))).toBe(results(new IndexLookup(index)));
    } finally {
      index.close();
    }
  });
});
