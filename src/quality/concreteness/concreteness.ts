import type { Document, Finding, Section, Span, Word } from '../../model.js';
import type { Body } from '../body.js';
import type { ClicheList } from '../cliches.js';
import { finding } from '../findings.js';
import type { ConcretenessMetrics, ConcretenessScore, SectionScore } from '../quality-report.js';
import { contentChars, round1, saturate, spanIndexAt } from '../spans.js';
import type { Fact } from './facts.js';
import { tallySentences, type SentenceTally } from './sentence-tally.js';
import { suggester } from './suggestions.js';

/**
 * One fact per this many content characters makes a sentence 63 % concrete, two make it 86 %: the
 * `1 − e^(−x)` curve rewards every added fact a little less, and never stops rewarding it. 50 characters
 * is about one clause-rich sentence of a report (median sentence of the sample 调研报告s: 46).
 */
export const FACT_SPACING = 50;
/** Clichés per 1000 characters at which the cliché factor has taken away 63 % of its maximum. */
export const CLICHE_SCALE = 20;
/** At most half of the score goes to clichés, at most 30 % to slogan sentences. */
export const MAX_CLICHE_PENALTY = 0.5;
export const MAX_SLOGAN_PENALTY = 0.3;
/** A paragraph this long (content characters) with no fact at all is worth a finding of its own. */
export const EMPTY_PARAGRAPH_CHARS = 80;

/**
 * Concreteness (言之有物), 0–100:
 * `100 × Σ cᵢ·(1 − e^(−fᵢ·50/cᵢ)) / Σ cᵢ × (1 − 0.5·(1 − e^(−k/20))) × (1 − 0.3·s)` over body sentences
 * with `cᵢ` content characters and `fᵢ` facts, `k` clichés per 1000 characters and `s` the share of
 * characters in slogan sentences. Every removed fact and every added cliché lowers it.
 */
export function scoreConcreteness(
  document: Document,
  body: Body,
  words: readonly Word[],
  facts: readonly Fact[],
  cliches: ClicheList,
): { score: ConcretenessScore; findings: Finding[] } {
  const tallies = tallySentences(document, body.sentences, words, facts, cliches);
  const empty = emptyParagraphs(document, body, tallies);
  const metrics = measure(tallies, empty.length);
  const score = round1(formula(tallies));
  const sections = document.structure.root.children.map((section) => sectionScore(section, tallies));
  return { score: { score, metrics, sections }, findings: describe(document, tallies, empty) };
}

function formula(tallies: readonly SentenceTally[]): number {
  let chars = 0;
  let weighted = 0;
  let sloganChars = 0;
  let clicheCount = 0;
  for (const t of tallies) {
    if (t.chars === 0) continue;
    chars += t.chars;
    weighted += t.chars * saturate((t.factCount * FACT_SPACING) / t.chars, 1);
    if (t.slogan) sloganChars += t.chars;
    clicheCount += t.cliches.length;
  }
  if (chars === 0) return 0;
  const clichePenalty = MAX_CLICHE_PENALTY * saturate((clicheCount * 1000) / chars, CLICHE_SCALE);
  const sloganPenalty = MAX_SLOGAN_PENALTY * (sloganChars / chars);
  return 100 * (weighted / chars) * (1 - clichePenalty) * (1 - sloganPenalty);
}

function measure(tallies: readonly SentenceTally[], emptyParagraphs: number): ConcretenessMetrics {
  const sum = (f: (t: SentenceTally) => number): number => tallies.reduce((n, t) => n + f(t), 0);
  const chars = sum((t) => t.chars);
  const facts = sum((t) => t.factCount);
  const cliches = sum((t) => t.cliches.length);
  const per = (n: number, unit: number): number => (chars === 0 ? 0 : Math.round((n * unit * 100) / chars) / 100);
  return {
    sentences: tallies.length,
    chars,
    quantities: sum((t) => t.facts.quantity),
    times: sum((t) => t.facts.time),
    entities: sum((t) => t.facts.entity),
    evidence: sum((t) => t.facts.evidence),
    factsPer100Chars: per(facts, 100),
    concreteSentenceShare: tallies.length === 0 ? 0 : Math.round((tallies.filter((t) => t.factCount > 0).length / tallies.length) * 1000) / 1000,
    cliches,
    clichesPer1000Chars: per(cliches, 1000),
    sloganSentences: tallies.filter((t) => t.slogan).length,
    sloganShare: chars === 0 ? 0 : Math.round((sum((t) => (t.slogan ? t.chars : 0)) / chars) * 1000) / 1000,
    emptyParagraphs,
  };
}

function sectionScore(section: Section, tallies: readonly SentenceTally[]): SectionScore {
  const inside = tallies.filter((t) => t.start >= section.start && t.end <= section.end);
  return {
    heading: section.heading?.text ?? '',
    level: section.heading?.level ?? 0,
    start: section.start,
    end: section.end,
    score: round1(formula(inside)),
  };
}

/** Body paragraphs of EMPTY_PARAGRAPH_CHARS+ characters whose sentences hold no fact. */
function emptyParagraphs(document: Document, body: Body, tallies: readonly SentenceTally[]): Span[] {
  const factsIn = body.paragraphs.map(() => 0);
  for (const t of tallies) {
    const k = spanIndexAt(body.paragraphs, t.start);
    if (k >= 0) factsIn[k]! += t.factCount;
  }
  return body.paragraphs.filter((p, k) => factsIn[k] === 0 && contentChars(document.raw.text, p) >= EMPTY_PARAGRAPH_CHARS);
}

function describe(document: Document, tallies: readonly SentenceTally[], empty: readonly Span[]): Finding[] {
  const out: Finding[] = [];
  const whatToAdd = suggester(document, tallies);
  for (const t of tallies) {
    if (t.slogan) {
      out.push(
        finding('concreteness/slogan-sentence', 'warning', t, '口号式句子：只有“动词＋抽象名词”的堆叠，没有数据、时间、地点或案例', whatToAdd(t)),
      );
    }
    for (const c of t.cliches) {
      out.push(finding('concreteness/cliche', 'info', c, `套话“${c.phrase}”（${c.category}）`, '删去套话，或换成具体做了什么、结果如何（数据、时间、地点、单位、案例）'));
    }
  }
  for (const p of empty) {
    out.push(
      finding('concreteness/empty-paragraph', 'warning', p, `本段${contentChars(document.raw.text, p)}字，没有一个数据、时间、地点、单位或案例`, '补充能说明问题的数据、时间、地点、单位或具体案例'),
    );
  }
  return out;
}
