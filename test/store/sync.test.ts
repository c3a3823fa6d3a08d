import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalise } from '../../src/ingest/normalise/normalise.js';
import { fingerprint } from '../../src/similarity/fingerprint.js';
import { K, WINDOW } from '../../src/similarity/parameters.js';
import { CorpusIndex } from '../../src/store/corpus-index.js';
import { IndexLookup } from '../../src/store/index-lookup.js';
import { syncIndex, type SyncResult } from '../../src/store/sync.js';
import { copySampleCorpus, indexProblems, pairsOf, syncFilesOf, syncFolder, tempDir } from './helpers.js';

const REPORT = '青禾县农村人居环境整治调研报告.txt';
const SPEECH = '关于基层减负工作的讲话.txt';
const MARKDOWN = '石门镇营商环境优化情况汇报.md';

/** The counts of a sync result, for one-line comparisons. */
const counts = (r: SyncResult): Record<string, number> => ({
  added: r.added,
  updated: r.updated,
  unchanged: r.unchanged,
  removed: r.removed,
  failed: r.failed.length,
  documents: r.documents,
});

let tmp: ReturnType<typeof tempDir>;
let corpus: string;
let db: string;

beforeEach(() => {
  tmp = tempDir();
  corpus = tmp.at('reference');
  db = tmp.at('index', 'index.sqlite');
  copySampleCorpus(corpus);
});
afterEach(() => tmp.remove());

const documentOf = (path: string): ReturnType<CorpusIndex['document']> => {
  const index = CorpusIndex.open(db, { readonly: true });
  try {
    const id = index.contentHashes().get(path)!.id;
    return index.document(id);
  } finally {
    index.close();
  }
};

describe('incremental sync', () => {
  it('a first sync adds every file, creating the folder of the database', async () => {
    expect(counts(await syncFolder(db, corpus))).toEqual({ added: 6, updated: 0, unchanged: 0, removed: 0, failed: 0, documents: 6 });
    expect(indexProblems(db)).toEqual([]);
  });

  it('a second sync finds every file unchanged and writes no fingerprint', async () => {
    await syncFolder(db, corpus);
    const again = await syncFolder(db, corpus);
    expect(counts(again)).toEqual({ added: 0, updated: 0, unchanged: 6, removed: 0, failed: 0, documents: 6 });
    expect(again.fingerprints).toBe(0);
    expect(indexProblems(db)).toEqual([]);
  });

  it('a changed file is the one update; its new text is what the index holds', async () => {
    await syncFolder(db, corpus);
    appendFileSync(`${corpus}/${REPORT}`, '\n附：本次调研共走访农户三百余户，发放问卷四百二十份。\n');
    expect(counts(await syncFolder(db, corpus))).toEqual({ added: 0, updated: 1, unchanged: 5, removed: 0, failed: 0, documents: 6 });
    expect(documentOf(REPORT).text).toContain('发放问卷四百二十份');
    expect(indexProblems(db)).toEqual([]);
  });

  it('a deleted file is the one removal, and its fingerprints go with it', async () => {
    await syncFolder(db, corpus);
    rmSync(`${corpus}/${SPEECH}`);
    expect(counts(await syncFolder(db, corpus))).toEqual({ added: 0, updated: 0, unchanged: 5, removed: 1, failed: 0, documents: 5 });
    expect(indexProblems(db)).toEqual([]);
  });

  it('a changed .json sidecar (author) updates the document and its metadata', async () => {
    await syncFolder(db, corpus);
    const sidecar = `${corpus}/${SPEECH}.json`;
    const meta = JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, string>;
    writeFileSync(sidecar, JSON.stringify({ ...meta, author: '李文博' }));
    expect(counts(await syncFolder(db, corpus))).toEqual({ added: 0, updated: 1, unchanged: 5, removed: 0, failed: 0, documents: 6 });
    expect(documentOf(SPEECH).meta.author).toBe('李文博');
    expect(indexProblems(db)).toEqual([]);
  });

  it('a sidecar added beside a file that had none updates it', async () => {
    rmSync(`${corpus}/${MARKDOWN}.json`);
    await syncFolder(db, corpus);
    writeFileSync(`${corpus}/${MARKDOWN}.json`, JSON.stringify({ author: '石门镇党政办' }));
    expect(counts(await syncFolder(db, corpus))).toEqual({ added: 0, updated: 1, unchanged: 5, removed: 0, failed: 0, documents: 6 });
    expect(documentOf(MARKDOWN).meta.author).toBe('石门镇党政办');
  });

  it('add, change and delete in one sync, then a sync that changes nothing', async () => {
    await syncFolder(db, corpus);
    writeFileSync(`${corpus}/新增调研.txt`, '关于茶园小气象站运行情况的调研\n\n我们在溪口村的茶园里巡检了那台白色百叶箱，发现雨量筒的漏斗口被落叶堵住。\n');
    appendFileSync(`${corpus}/${REPORT}`, '\n（完）\n');
    rmSync(`${corpus}/${SPEECH}`);
    expect(counts(await syncFolder(db, corpus))).toEqual({ added: 1, updated: 1, unchanged: 4, removed: 1, failed: 0, documents: 6 });
    expect(counts(await syncFolder(db, corpus))).toEqual({ added: 0, updated: 0, unchanged: 6, removed: 0, failed: 0, documents: 6 });
    expect(indexProblems(db)).toEqual([]);
  });

  it('a file that cannot be read is reported and skipped; the others are indexed', async () => {
    writeFileSync(`${corpus}/空白.txt`, '');
    writeFileSync(`${corpus}/二进制.txt`, Buffer.from([0x00, 0xff, 0x00, 0xfe, 0x01, 0x02, 0x00, 0x00, 0x89, 0x50, 0x4e, 0x47]));
    const result = await syncFolder(db, corpus);
    expect(result.failed.map((f) => f.path).sort()).toEqual(['二进制.txt', '空白.txt']);
    expect(counts(result)).toMatchObject({ added: 6, documents: 6 });
    for (const f of result.failed) expect(f.reason).not.toMatch(/\n/u);
  });

  it('records the fingerprint parameters it used', async () => {
    await syncFolder(db, corpus);
    const index = CorpusIndex.open(db, { readonly: true });
    try {
      expect(index.parameters).toEqual({ k: K, window: WINDOW });
    } finally {
      index.close();
    }
  });

  it('the index gives back each text and its postings point at the right content positions', async () => {
    await syncFolder(db, corpus);
    const index = CorpusIndex.open(db, { readonly: true });
    try {
      const lookup = new IndexLookup(index);
      for (const [path, { id }] of index.contentHashes()) {
        const stored = index.document(id);
        const original = path.endsWith('.md') ? stored.text : readFileSync(`${corpus}/${path}`, 'utf8').replace(/^\ufeff/u, '');
        expect(stored.text, path).toBe(original);
        const { hashes, positions } = fingerprint(normalise(stored.text));
        const content = lookup.source(id).content.codePoints;
        hashes.forEach((h, i) => {
          expect(pairsOf(index.postings(h))).toContainEqual([id, positions[i]]);
          expect(positions[i]! + K).toBeLessThanOrEqual(content.length);
        });
      }
    } finally {
      index.close();
    }
  });

  it('a sync with progress reports every file once, ending at the total', async () => {
    const index = CorpusIndex.open(db, { create: true });
    try {
      const seen: number[] = [];
      await syncIndex(index, await syncFilesOf(corpus), ({ done, total }) => {
        expect(total).toBe(6);
        seen.push(done);
      });
      expect(seen.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    } finally {
      index.close();
    }
  });
});

describe('an index written by another build of the normaliser', () => {
  /**
   * Known gap, guarded against rather than closed. Removal deletes the fingerprints that the current
   * normaliser computes from the stored text (there is no index on `doc`). Fingerprints written by a build
   * whose normalisation differed would not be found and would stay, pointing at a document that no longer
   * exists (or, SQLite reusing the id, at a different one). The index records its fingerprinter
   * (`normalise-<version>/k/w`) and is rebuilt whole when that differs, so this takes an index edited by
   * hand, as here. A sweep of `doc NOT IN documents` after removals would close it at the cost of a full
   * table scan.
   */
  it.fails('removing a document leaves none of its fingerprints behind', async () => {
    await syncFolder(db, corpus);
    const { default: Database } = await import('better-sqlite3');
    const sqlite = new Database(db);
    const { id } = sqlite.prepare('SELECT id FROM documents WHERE path = ?').get(SPEECH) as { id: number };
    // A fingerprint this build would not compute for the speech (as an older normaliser might have).
    sqlite.prepare('INSERT INTO fingerprints (hash, doc, pos) VALUES (?, ?, ?)').run(123456789, id, 0);
    sqlite.close();
    rmSync(`${corpus}/${SPEECH}`);
    await syncFolder(db, corpus);
    expect(indexProblems(db)).toEqual([]);
  });
});
