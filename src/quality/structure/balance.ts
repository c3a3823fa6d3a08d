import type { Document, Finding, Span } from '../../model.js';
import type { Body } from '../body.js';
import { finding } from '../findings.js';
import { contentChars, spanIndexAt } from '../spans.js';

/** Paragraphs past ~300 characters (a full screen, or 11 lines of a 28-character A4 page) lose readers. */
export const LONG_PARAGRAPH_CHARS = 300;
/** Three one-sentence paragraphs in a row read as notes, not prose. */
export const ONE_SENTENCE_RUN = 3;
/** A sentence is an outlier past 3× the document's median and never under 120 characters. */
export const LONG_SENTENCE_FACTOR = 3;
export const LONG_SENTENCE_MIN = 120;
/** A top-level section over 4× the median of its siblings (or under a quarter of it) is out of balance. */
export const SECTION_RATIO = 4;

export interface Balance {
  /** 1 for a balanced text, down to 0. */
  readonly score: number;
  readonly longParagraphs: number;
  readonly oneSentenceParagraphs: number;
  readonly longSentences: number;
  readonly paragraphs: number;
  readonly findings: Finding[];
}

/**
 * Balance: over-long paragraphs (by the share of text in them), runs of one-sentence paragraphs, sentence
 * length outliers and top-level sections far longer or shorter than their siblings.
 * `score = 1 − 0.4·long − 0.2·oneSentence − 0.2·longSentences − 0.2·unbalancedSections`, each a share.
 */
export function checkBalance(document: Document, body: Body): Balance {
  const text = document.raw.text;
  const findings: Finding[] = [];
  const paraChars = body.paragraphs.map((p) => contentChars(text, p));
  const total = paraChars.reduce((a, b) => a + b, 0);
  let longChars = 0;
  body.paragraphs.forEach((p, k) => {
    if (paraChars[k]! <= LONG_PARAGRAPH_CHARS) return;
    longChars += paraChars[k]!;
    findings.push(finding('structure/long-paragraph', 'info', p, `本段${paraChars[k]}字，超过${LONG_PARAGRAPH_CHARS}字`, '按层次拆成几段，每段讲一个意思，首句点明主旨'));
  });

  const sentencesIn = body.paragraphs.map(() => 0);
  for (const s of body.sentences) {
    const k = spanIndexAt(body.paragraphs, s.start);
    if (k >= 0) sentencesIn[k]!++;
  }
  const single = sentencesIn.map((n) => n === 1);
  const oneSentence = single.filter(Boolean).length;
  for (let i = 0; i < single.length; ) {
    let j = i;
    while (j < single.length && single[j]) j++;
    if (j - i >= ONE_SENTENCE_RUN) {
      const span = { start: body.paragraphs[i]!.start, end: body.paragraphs[j - 1]!.end };
      findings.push(finding('structure/one-sentence-paragraphs', 'info', span, `连续${j - i}段都只有一句话，显得零碎`, '把意思相关的句子合成一段，或改成分条列举'));
    }
    i = Math.max(j, i + 1);
  }

  const lengths = body.sentences.map((s) => contentChars(text, s));
  const limit = Math.max(LONG_SENTENCE_MIN, LONG_SENTENCE_FACTOR * median(lengths));
  let longSentences = 0;
  body.sentences.forEach((s, k) => {
    if (lengths[k]! <= limit) return;
    longSentences++;
    findings.push(finding('structure/long-sentence', 'info', s, `句子长达${lengths[k]}字`, '拆成两三个短句，一句说一件事'));
  });

  const unbalanced = checkSections(document, findings);
  const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);
  const score = 1 - 0.4 * share(longChars, total) - 0.2 * share(oneSentence, body.paragraphs.length) - 0.2 * share(longSentences, body.sentences.length) - 0.2 * unbalanced;
  return { score: Math.max(0, score), longParagraphs: findings.filter((f) => f.ruleId === 'structure/long-paragraph').length, oneSentenceParagraphs: oneSentence, longSentences, paragraphs: body.paragraphs.length, findings };
}

/** Flags top-level sections far from their siblings' median length; returns the share flagged. */
function checkSections(document: Document, findings: Finding[]): number {
  const sections = document.structure.root.children;
  if (sections.length < 3) return 0;
  const sizes = sections.map((s) => contentChars(document.raw.text, s));
  const mid = median(sizes);
  let flagged = 0;
  sections.forEach((s, k) => {
    const size = sizes[k]!;
    const heading: Span = s.heading ?? s;
    if (size > SECTION_RATIO * mid) findings.push(finding('structure/unbalanced-section', 'info', heading, `这一部分${size}字，是其他部分中位数（${mid}字）的${Math.round(size / mid)}倍`, '压缩这一部分，或把它拆成几个部分'));
    else if (size * SECTION_RATIO < mid) findings.push(finding('structure/unbalanced-section', 'info', heading, `这一部分只有${size}字，远少于其他部分（中位数${mid}字）`, '充实这一部分，或并入相邻部分'));
    else return;
    flagged++;
  });
  return flagged / sections.length;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
