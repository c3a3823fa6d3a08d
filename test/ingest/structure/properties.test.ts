import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, BlockKind, Span, Structure } from '../../../src/model.js';
import { structureProblems } from '../../../src/ingest/structure/invariants.js';
import { findStructure } from '../../../src/ingest/structure/structure.js';
import { CORPUS, corpusSample, hasCorpus } from './helpers.js';

/** Pieces real reports are made of, and the marks that trouble scanners: markers, quotes, notes, breaks, astral Han. */
const PIECES = [
  '我们', '坚持', '发展', '乡村振兴', '营商环境', '调研', '增长', '5.2%', '1.5亿元', '2023年', 'www.gov.cn', 'e.g.', 'Fig.',
  '一、', '（一）', '(二)', '1.', '1．', '2、', '（1）', '第一章', '第二节', '第三条', '第一编', '# ', '## ', '---',
  '。', '！', '？', '；', '…', '……', '.', '．', '?', '!', '，', '、', '：', ':',
  '“', '”', '‘', '’', '「', '」', '『', '』', '"', '（', '）', '(', ')', '《', '》', '[', ']', '［', '］',
  '[1]', '[2-3]', '①', '⑳', '¹', '^', '^1', '注', '注：', '注1', '（注2）', '（习近平，2022）', '[^1]',
  '参考文献', '注释', 'References', '附件', '\n', '\n', '\r\n', '\r', '\n\n', ' ', '　　', '\t', '\ufeff', '𠀀', '𪚥',
];
const documents = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((pieces) => pieces.join(''));

const KINDS: BlockKind[] = ['paragraph', 'heading', 'table-row', 'footnote', 'quote', 'list-item'];
/** Any blocks at all, overlapping, unsorted, out of range: readers have bugs too. */
const blocksFor = (length: number): fc.Arbitrary<Block[]> =>
  fc.array(
    fc.record({
      start: fc.integer({ min: -2, max: length + 2 }),
      length: fc.integer({ min: 0, max: 30 }),
      kind: fc.constantFrom(...KINDS),
      level: fc.option(fc.integer({ min: -1, max: 9 }), { nil: undefined }),
    }).map(({ start, length: n, kind, level }) => (level === undefined ? { start, end: start + n, kind } : { start, end: start + n, kind, level })),
    { maxLength: 12 },
  );

/** More that must hold: every non-space character of a paragraph is in a sentence; no span splits a surrogate pair. */
function moreProblems(text: string, s: Structure): string[] {
  const problems: string[] = [];
  const inSentence = new Uint8Array(text.length);
  for (const x of s.sentences) inSentence.fill(1, x.start, x.end);
  for (const p of s.paragraphs) {
    for (let i = p.start; i < p.end; i++) if (!inSentence[i] && text.slice(i, i + 1).trim() !== '' && text[i] !== '\ufeff') problems.push(`character ${i} of a paragraph is in no sentence`);
  }
  const spans: Span[] = [...s.paragraphs, ...s.sentences, ...s.headings, ...s.citations, ...s.quotations, ...s.quotations.map((q) => q.inner)];
  const splits = (i: number): boolean => /[\ud800-\udbff]/.test(text[i - 1] ?? '') && /[\udc00-\udfff]/.test(text[i] ?? '');
  for (const x of spans) if (splits(x.start) || splits(x.end)) problems.push(`span [${x.start}, ${x.end}) splits a surrogate pair`);
  return problems;
}

describe('invariants (property)', () => {
  it('hold for any plain text', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const s = findStructure(text, []);
        expect(structureProblems(text, s)).toEqual([]);
        expect(moreProblems(text, s)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('hold for any blocks a reader may give', () => {
    fc.assert(
      fc.property(documents.chain((text) => fc.tuple(fc.constant(text), blocksFor(text.length))), ([text, blocks]) => {
        const s = findStructure(text, blocks);
        expect(structureProblems(text, s)).toEqual([]);
        expect(moreProblems(text, s)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('hold for arbitrary strings, astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(structureProblems(text, findStructure(text, []))).toEqual([]);
      }),
    );
  });
});

describe.skipIf(!hasCorpus)(`invariants on the shared corpus (${CORPUS})`, () => {
  // Every 25th document: some 600 files from every kind (reports, laws, speeches, abstracts, manuals).
  const files = corpusSample(25);

  it('hold on every sampled document, with and without blocks', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const s = findStructure(text, []);
      const problems = [...structureProblems(text, s), ...moreProblems(text, s)];
      expect(problems, relative(CORPUS, path)).toEqual([]);
      // A reader that marks each non-blank line as a paragraph block gives the same paragraphs.
      const blocks: Block[] = s.paragraphs.map((p) => ({ ...p, kind: 'paragraph' }));
      expect(findStructure(text, blocks).paragraphs, relative(CORPUS, path)).toEqual(s.paragraphs);
    }
  });
});
