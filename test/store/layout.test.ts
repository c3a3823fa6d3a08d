import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentOf } from '../../src/similarity/content.js';
import { prepare, preparedFrom, unitRanges, type Prepared } from '../../src/similarity/prepared.js';
import { decodeLayout, encodeLayout } from '../../src/store/layout.js';
import { corpusSample, textDocument } from '../similarity/helpers.js';

/** A source as `IndexLookup` makes it from the index: content view and units from the stored layout. */
function fromLayout(path: string, text: string): Prepared {
  const { document } = textDocument(path, text);
  const content = contentOf(document.normalised);
  const layout = decodeLayout(encodeLayout(content, unitRanges(document, content), document.normalised));
  return preparedFrom(path, document.raw.meta, layout.content, layout.ranges, () => document);
}

function expectSame(stored: Prepared, fresh: Prepared): void {
  expect(stored.content.codePoints).toEqual(fresh.content.codePoints);
  expect(stored.content.toNormalised).toEqual(fresh.content.toNormalised);
  expect(stored.content.toNormalisedEnd).toEqual(fresh.content.toNormalisedEnd);
  expect(stored.unitOf).toEqual(fresh.unitOf);
  expect(stored.units.map((u) => [u.start, u.end, u.span.start, u.span.end])).toEqual(
    fresh.units.map((u) => [u.start, u.end, u.span.start, u.span.end]),
  );
  stored.units.forEach((u, i) => expect(u.bigrams).toEqual(fresh.units[i]!.bigrams));
  // Every content range's original span, as the stored layout gives it and as the document does.
  const n = fresh.content.codePoints.length;
  const { starts, ends } = fresh.document.normalised;
  const fromDocument = (a: number, b: number) => ({ start: starts[fresh.content.toNormalised[a]!]!, end: ends[fresh.content.toNormalisedEnd[b - 1]! - 1]! });
  expect(stored.content.originalSpan).toBeDefined();
  for (let a = 0; a < n; a += Math.max(1, Math.floor(n / 50))) {
    for (const b of [a + 1, Math.min(n, a + 13), n]) expect(stored.content.originalSpan!(a, b)).toEqual(fromDocument(a, b));
  }
}

describe('stored layout', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['punctuation only', '。，、；“”'],
    ['full-width, traditional, astral', '第一條　ＡＢＣ１２３：開展調查研究。𠀀𠀁是擴展區漢字，𠀂！\n標題行\n短。很短。這一句比較長一些，有逗號。'],
    ['ligatures, circled numbers, combining marks, CRLF', 'ﬁnance ﬂow ①②③ café\r\n第２章　ｈｅｌｌｏ\r\n'],
    ['heading without punctuation', '关于进一步加强基层治理的调研报告\n\n一、基本情况\n今年以来，我们深入乡镇开展调研，走访农户一百二十户。'],
  ];
  it.each(cases)('gives a source the same content, units and bigrams as preparing it afresh (%s)', (_, text) => {
    const path = 'case.txt';
    expectSame(fromLayout(path, text), prepare(path, textDocument(path, text).document));
  });

  it('does so for documents of the shared corpus', () => {
    for (const file of corpusSample(40)) {
      const text = readFileSync(file, 'utf8');
      expectSame(fromLayout(file, text), prepare(file, textDocument(file, text).document));
    }
  });

  it('makes the document only when it is asked for', () => {
    let made = 0;
    const { document } = textDocument('a.txt', '调研报告。');
    const content = contentOf(document.normalised);
    const prepared = preparedFrom('a.txt', {}, content, unitRanges(document, content), () => {
      made++;
      return document;
    });
    expect(made).toBe(0);
    expect(prepared.document.raw.text).toBe('调研报告。');
    expect(prepared.document).toBe(document);
    expect(made).toBe(1);
  });
});
