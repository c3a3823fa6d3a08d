import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/ingest/content-hash.js';
import { ingestFile } from '../../src/ingest/ingest.js';
import { readDocument } from '../../src/ingest/read/read.js';
import { listFiles } from '../../src/ingest/walk.js';
import type { MatchKind } from '../../src/model.js';
import { checkDrafts, type DraftResult } from '../../src/similarity/check.js';
import { CorpusIndex } from '../../src/store/corpus-index.js';
import { IndexLookup } from '../../src/store/index-lookup.js';
import { syncIndex } from '../../src/store/sync.js';
import { coverage, resultProblems, SAMPLE } from './helpers.js';

interface Answer {
  readonly draft: string;
  readonly source: string;
  readonly draftText: string;
  readonly sourceText: string;
  readonly kind: MatchKind;
  readonly disguise: string;
}

const answers = JSON.parse(readFileSync(join(SAMPLE, 'answers.json'), 'utf8')) as Answer[];
const DRAFTS = ['draft-copied.txt', 'draft-disguised.md', 'draft-original.txt', 'draft-self.txt'].map((d) => `drafts/${d}`);

/** The sample corpus indexed into a fresh database, its drafts checked the way `wenchao check` does. */
let dir: string;
let index: CorpusIndex;
let results: Map<string, DraftResult>;
const texts = new Map<string, string>();
const sources = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wenchao-sample-'));
  const { files } = await listFiles([join(SAMPLE, 'reference')]);
  const build = CorpusIndex.open(join(dir, 'index.sqlite'), { create: true });
  await syncIndex(
    build,
    files.map((f) => ({ relative: f.relative, contentHash: () => contentHash(f.path), read: () => readDocument(f.path) })),
  );
  build.close();
  for (const f of files) sources.set(f.relative, (await readDocument(f.path)).text);
  index = CorpusIndex.open(join(dir, 'index.sqlite'), { readonly: true });
  const drafts = await Promise.all(DRAFTS.map(async (path) => ({ path, document: await ingestFile(join(SAMPLE, path)) })));
  for (const d of drafts) texts.set(d.path, d.document.raw.text);
  results = new Map(checkDrafts(drafts, new IndexLookup(index)).map((r) => [r.path, r]));
});

afterAll(() => {
  index?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `reference/x.txt` → `x.txt`, as the index names documents (relative to the indexed folder). */
const indexed = (source: string): string => source.replace(/^reference\//u, '');

describe('the sample corpus, indexed and checked end to end', () => {
  it('indexes all six reference documents', () => {
    expect(index.documentCount).toBe(6);
  });

  it.each(answers.map((a, i) => [i + 1, a.draft, a.kind, a.disguise, indexed(a.source)] as const))(
    'answer %i (%s, %s, disguise %s) is covered ≥ 0.6 by matches naming %s',
    (n, draft, _kind, _disguise, source) => {
      const answer = answers[n - 1]!;
      const text = texts.get(draft)!;
      const start = text.indexOf(answer.draftText);
      expect(start, 'answers.json quotes the draft exactly').toBeGreaterThanOrEqual(0);
      const matches = results.get(draft)!.matches.filter((m) => m.source.path === source);
      expect(coverage(text, start, start + answer.draftText.length, matches)).toBeGreaterThanOrEqual(0.6);
    },
  );

  it.each(answers.flatMap((a, i) => (a.kind === 'copy' ? [] : [[a.kind, a.draft, i] as const])))(
    'the %s answer of %s comes out as that kind',
    (kind, draft, n) => {
      const answer = answers[n]!;
      const text = texts.get(draft)!;
      const start = text.indexOf(answer.draftText);
      const end = start + answer.draftText.length;
      const overlapping = results.get(draft)!.matches.filter((m) => m.start < end && m.end > start);
      expect(overlapping.length).toBeGreaterThan(0);
      expect(overlapping.map((m) => m.kind)).toEqual(overlapping.map(() => kind));
    },
  );

  it('the original draft has no copy match', () => {
    expect(results.get('drafts/draft-original.txt')!.matches.filter((m) => m.kind === 'copy')).toEqual([]);
  });

  it.each(DRAFTS)('%s: spans inside both documents, sorted, disjoint; ratios in [0, 1]', (draft) => {
    const sourceText = (path: string): string | undefined => sources.get(path) ?? texts.get(path);
    expect(resultProblems(results.get(draft)!, texts.get(draft)!, sourceText)).toEqual([]);
  });

  it('is deterministic: the same drafts checked again give identical JSON', async () => {
    const drafts = await Promise.all(DRAFTS.map(async (path) => ({ path, document: await ingestFile(join(SAMPLE, path)) })));
    const again = checkDrafts(drafts, new IndexLookup(index));
    expect(JSON.stringify(again)).toBe(JSON.stringify([...results.values()]));
  });
});
