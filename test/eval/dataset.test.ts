import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/errors.js';
import { parseDetectionDoc, parseTruthDoc, toDetectionsJsonl } from '../../src/eval/annotation.js';
import { loadDetections, loadEvalSet, loadTruth, parseJsonl } from '../../src/eval/dataset.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/eval');
const MINI = join(FIXTURES, 'mini');

describe('loadEvalSet', () => {
  it('reads truth and boilerplate of the mini set', async () => {
    const set = await loadEvalSet(MINI);
    expect(set.truth.map((t) => [t.suspicious, t.obfuscation, t.cases.length])).toEqual([
      ['susp-00001.txt', 'none', 1],
      ['susp-00002.txt', 'negative', 0],
    ]);
    expect(set.boilerplate).toEqual({ 'susp-00001.txt': [[12, 34]], 'susp-00002.txt': [[12, 34]] });
    expect(set.suspiciousDir).toBe(join(MINI, 'suspicious'));
  });

  it('has offsets that point at the copied text in both files', async () => {
    const [doc] = await loadTruth(join(MINI, 'truth.jsonl'));
    const c = doc!.cases[0]!;
    const susp = await readFile(join(MINI, 'suspicious', doc!.suspicious), 'utf8');
    const source = await readFile(join(MINI, 'reference', c.source), 'utf8');
    expect(susp.slice(c.this_offset, c.this_offset + c.this_length)).toBe(
      source.slice(c.source_offset, c.source_offset + c.source_length),
    );
  });

  it('gives null boilerplate for a set without boilerplate.json', async () => {
    const set = await loadEvalSet(join(FIXTURES, 'no-boilerplate'));
    expect([set.truth.length, set.boilerplate]).toEqual([1, null]);
  });

  it('fails with an IngestError on a directory without truth.jsonl', async () => {
    await expect(loadEvalSet(FIXTURES)).rejects.toThrow(IngestError);
  });
});

describe('loaders report the file and line of a mistake', () => {
  it.each([
    { file: 'bad-truth.jsonl', message: /bad-truth\.jsonl: line 2: cases\[0\]: this_offset must be a non-negative integer/ },
    { file: 'missing.jsonl', message: /missing\.jsonl: cannot read/ },
  ])('$file', async ({ file, message }) => {
    await expect(loadTruth(join(FIXTURES, file))).rejects.toThrow(message);
  });

  it('names invalid JSON', () => {
    expect(() => parseJsonl('d.jsonl', '{"suspicious": "a.txt", "detections": []}\n{oops\n', parseDetectionDoc)).toThrow(
      /d\.jsonl: line 2: invalid JSON/,
    );
  });
});

describe('parsers', () => {
  it.each([
    { v: { suspicious: 'a', obfuscation: 'none', cases: [] }, ok: true },
    { v: { suspicious: 'a', cases: [] }, ok: false },
    { v: { suspicious: 'a', obfuscation: 'none', cases: [{ this_offset: 0, this_length: 0, source: 's', source_offset: 0, source_length: 1 }] }, ok: false },
    { v: { suspicious: 'a', obfuscation: 'none', cases: [], natural: [{ this_offset: 1.5, this_length: 2 }] }, ok: false },
  ])('truth line %#', ({ v, ok }) => {
    expect(parseTruthDoc(v).ok).toBe(ok);
  });

  it('accepts empty detections (a detection may be empty; a case may not)', () => {
    const d = { this_offset: 3, this_length: 0, source: 's.txt', source_offset: 0, source_length: 0 };
    expect(parseDetectionDoc({ suspicious: 'a', detections: [d] }).ok).toBe(true);
  });

  it('writes what it reads', async () => {
    const docs = await loadDetections(join(MINI, 'detections.jsonl'));
    const text = toDetectionsJsonl(docs);
    expect(text.split('\n')).toHaveLength(docs.length + 1);
    expect(parseJsonl('again.jsonl', text, parseDetectionDoc)).toEqual(docs);
  });
});
