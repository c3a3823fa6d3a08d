import type { Document, Finding } from '../../model.js';
import type { Body } from '../body.js';
import { finding } from '../findings.js';
import type { Genre } from '../genre.js';
import type { StructureScore } from '../quality-report.js';
import { contentChars, round1 } from '../spans.js';
import { checkBalance } from './balance.js';
import { checkCoverage } from './coverage.js';
import { checkLadder } from './ladder.js';

/** Points of the structure score: title, headings (present and by the ladder), sections of the frame, balance. */
export const WEIGHTS = { title: 10, headings: 35, coverage: 30, balance: 25 } as const;
/** Below this many content characters a text needs no headings (an abstract, a short note). */
export const SHORT_TEXT_CHARS = 600;
/** Headings a longer text is expected to have: two for a few pages, three past 3000 characters. */
const expectedHeadings = (chars: number): number => (chars < SHORT_TEXT_CHARS ? 0 : chars < 3000 ? 2 : 3);
/** Each ladder problem per heading takes away a share: `e^(−2·problems/headings)`. */
const LADDER_DECAY = 2;

/**
 * Structure, 0–100: `10·title + 35·presence·e^(−2·p/h) + 30·coverage·order + 25·balance`, where
 * `presence = min(1, h / expected)` for `h` headings, `p` ladder problems (trailing punctuation counts
 * half), `coverage` the share of the best-fitting frame's sections found and `order` 1 unless 问题 comes
 * after 建议 or problems go unanswered. A short text (< 600 characters) is not asked for headings or
 * sections.
 */
export function scoreStructure(document: Document, body: Body, genre: Genre): { score: StructureScore; findings: Finding[] } {
  const { structure } = document;
  const chars = contentChars(document.raw.text, { start: 0, end: document.raw.text.length });
  const expected = expectedHeadings(chars);
  const ladder = checkLadder(document);
  const coverage = checkCoverage(document, genre);
  const balance = checkBalance(document, body);
  const findings: Finding[] = [...ladder.findings, ...coverage.findings, ...balance.findings];

  const headings = structure.headings.length;
  const problems = ladder.findings.reduce((n, f) => n + (f.ruleId === 'structure/heading-punctuation' ? 0.5 : 1), 0);
  const presence = expected === 0 ? 1 : Math.min(1, headings / expected);
  const correctness = headings === 0 ? 1 : Math.exp((-LADDER_DECAY * problems) / headings);
  const sectionsPart = expected === 0 && headings === 0 ? 1 : coverage.coverage * coverage.order;
  const score =
    WEIGHTS.title * (structure.title ? 1 : 0) + WEIGHTS.headings * presence * correctness + WEIGHTS.coverage * sectionsPart + WEIGHTS.balance * balance.score;

  if (!structure.title) findings.push(finding('structure/no-title', 'warning', structure.paragraphs[0] ?? { start: 0, end: 0 }, '没有标题', '在第一行写明标题，例如“关于××的调研报告”'));
  if (expected > 0 && headings === 0) {
    findings.push(finding('structure/no-headings', 'warning', structure.paragraphs[0] ?? { start: 0, end: 0 }, `全文${chars}字却没有一个小标题`, '按“一、（一）1.（1）”分层加小标题，让读者一眼看清结构'));
  }
  return {
    score: {
      score: round1(score),
      title: structure.title?.text ?? null,
      frame: coverage.frame.name,
      coverage: Math.round(coverage.coverage * 1000) / 1000,
      headings: structure.headings.map((h, k) => ({ text: h.text, marker: h.marker, style: h.style, level: h.level, start: h.start, end: h.end, problems: ladder.problems[k]! })),
      sections: coverage.sections,
      balance: { longParagraphs: balance.longParagraphs, oneSentenceParagraphs: balance.oneSentenceParagraphs, longSentences: balance.longSentences, paragraphs: balance.paragraphs },
    },
    findings,
  };
}
