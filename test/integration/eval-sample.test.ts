import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEvalSet, type DetectionDoc, type TruthDoc } from '../../src/eval/dataset.js';
import { evaluate } from '../../src/eval/evaluate.js';
import { detectionsOf } from '../../src/eval/from-matches.js';
import { contentHash } from '../../src/ingest/content-hash.js';
import { ingestFile } from '../../src/ingest/ingest.js';
import { readDocument } from '../../src/ingest/read/read.js';
import { listFiles } from '../../src/ingest/walk.js';
import { checkDrafts } from '../../src/similarity/check.js';
import { CorpusIndex } from '../../src/store/corpus-index.js';
import { IndexLookup } from '../../src/store/index-lookup.js';
import { syncIndex } from '../../src/store/sync.js';

/**
 * A reduced evaluation that runs in CI: the first documents of each disguise type of the shared dev set,
 * against an index of their sources plus every 20th other reference document. It fails when detection
 * quality regresses below the floors, which sit a little under what the full dev set gives (README).
 */
const ROOT = resolve(__dirname, '../../../shared');
const DEV = join(ROOT, 'eval', 'dev');
const REFERENCE = join(ROOT, 'corpora', 'reference');
const PER_TYPE = 6;

const present = existsSync(join(DEV, 'truth.jsonl')) && existsSync(REFERENCE);

describe.skipIf(!present)('reduced evaluation on the shared dev set', () => {
  let dir: string;
  let index: CorpusIndex;
  let truth: TruthDoc[];
  let detections: DetectionDoc[];

  beforeAll(async () => {
    const set = await loadEvalSet(DEV);
    const counts = new Map<string, number>();
    truth = set.truth.filter((t) => {
      const n = counts.get(t.obfuscation) ?? 0;
      counts.set(t.obfuscation, n + 1);
      return n < PER_TYPE;
    });
    const { files } = await listFiles([REFERENCE]);
    const sources = new Set(truth.flatMap((t) => t.cases.map((c) => c.source)));
    const sample = files.filter((f, i) => sources.has(f.relative) || i % 20 === 0);
    dir = mkdtempSync(join(tmpdir(), 'wenchao-eval-'));
    index = CorpusIndex.open(join(dir, 'index.sqlite'), { create: true });
    await syncIndex(
      index,
      sample.map((f) => ({ relative: f.relative, contentHash: () => contentHash(f.path), read: () => readDocument(f.path) })),
    );
    const lookup = new IndexLookup(index);
    detections = [];
    for (const t of truth) {
      const document = await ingestFile(join(set.suspiciousDir, t.suspicious));
      const [result] = checkDrafts([{ path: t.suspicious, document }], lookup, { crossDrafts: false });
      detections.push({
        suspicious: t.suspicious,
        detections: detectionsOf(result!.matches),
      });
    }
  }, 600_000);

  afterAll(() => {
    index?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // What this sample gives (README's dev-set table is the whole set): plagdet 0.853, recall 0.871,
  // granularity 1.012; recall none 0.974, format 0.990, edits 0.882, synonym 0.625, reorder 0.936. The
  // floors sit about 0.03 under, so a change that costs the sample a few cases fails here.
  it('keeps plagdet, recall and granularity above their floors', () => {
    const e = evaluate(truth, detections);
    expect(e.overall.recall).toBeGreaterThanOrEqual(0.84);
    expect(e.overall.granularity).toBeLessThanOrEqual(1.05);
    expect(e.overall.plagdet).toBeGreaterThanOrEqual(0.82);
  });

  it('finds verbatim and lightly disguised copies almost completely, disguised ones mostly', () => {
    const e = evaluate(truth, detections);
    const floors: Record<string, number> = { none: 0.94, format: 0.95, edits: 0.85, reorder: 0.9, synonym: 0.58 };
    for (const [type, floor] of Object.entries(floors)) {
      const row = e.byType.find((r) => r.type === type)!;
      expect(row.recall, `${type}: ${JSON.stringify(row)}`).toBeGreaterThanOrEqual(floor);
    }
  });
});
