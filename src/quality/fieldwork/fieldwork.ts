import type { Document, Finding, Span } from '../../model.js';
import type { Body } from '../body.js';
import type { Fact } from '../concreteness/facts.js';
import { finding } from '../findings.js';
import type { FieldworkScore } from '../quality-report.js';
import { round1, saturate } from '../spans.js';
import { topSections } from '../structure/coverage.js';
import { ROLES } from '../structure/roles.js';
import { findMethods } from './methods.js';
import { findVoices } from './voices.js';

/** Shares of the fieldwork score: methods stated, breadth of the sample, voices heard, problems shown. */
export const WEIGHTS = { methods: 35, breadth: 20, voices: 15, evidence: 30 } as const;
/** Distinct places and units at which breadth has reached 63 %: a county study names about a dozen. */
const PLACES_SCALE = 4;

/**
 * Fieldwork evidence (调研扎实度), 0–100:
 * `35·(0.4·(1−e^(−m)) + 0.6·(1−e^(−n))) + 20·(1−e^(−places/4)) + 15·voices + 30·supported`, with `m` the
 * methods stated and `n` those stated with a figure; `voices` 1 when people beyond officials were heard,
 * 0.5 when nobody is named, 0.2 when only officials were; `supported` the share of paragraphs in the
 * 存在问题 sections (or, without one, of all body paragraphs) that hold a figure or a case.
 * Findings are made only when `applicable` (a 调研报告).
 */
export function scoreFieldwork(document: Document, body: Body, facts: readonly Fact[], applicable: boolean): { score: FieldworkScore; findings: Finding[] } {
  const text = document.raw.text;
  const methods = findMethods(document);
  const voices = findVoices(document, methods);
  const places = new Set(facts.filter((f) => f.kind === 'entity').map((f) => text.slice(f.start, f.end))).size;
  const problemSections = topSections(document.structure.root).filter((s) => ROLES.存在问题.test(s.heading!.text));
  const inProblems = body.paragraphs.filter((p) => problemSections.some((s) => s.start <= p.start && p.end <= s.end));
  const scope = inProblems.length > 0 ? inProblems : body.paragraphs;
  const supported = scope.filter((p) => holdsEvidence(p, facts));

  const counted = methods.filter((m) => m.count !== undefined).length;
  const methodPart = 0.4 * saturate(methods.length, 1) + 0.6 * saturate(counted, 1);
  const voicePart = voices.grassroots.length > 0 ? 1 : voices.officials.length > 0 ? 0.2 : 0.5;
  const evidencePart = scope.length === 0 ? 0 : supported.length / scope.length;
  const score =
    WEIGHTS.methods * methodPart + WEIGHTS.breadth * saturate(places, PLACES_SCALE) + WEIGHTS.voices * voicePart + WEIGHTS.evidence * evidencePart;

  const findings: Finding[] = [];
  if (applicable) {
    const intro = body.paragraphs[0] ?? { start: 0, end: 0 };
    if (methods.length === 0) {
      findings.push(finding('fieldwork/no-method', 'warning', intro, '未说明调研方法和样本', '在开头写明调研的时间、范围和方法，例如：走访了12个村，召开座谈会5场，发放问卷860份，回收有效问卷812份'));
    }
    for (const m of methods.filter((m) => m.count === undefined)) {
      findings.push(finding('fieldwork/method-without-numbers', 'info', m, `提到了“${m.method}”，但没有说明数量`, '写明场次、人数、份数或走访的村（企业）数'));
    }
    if (voices.grassroots.length === 0 && voices.officials.length > 0) {
      findings.push(finding('fieldwork/officials-only', 'warning', methods[0] ?? intro, `调研对象仅限领导干部（${voices.officials.join('、')}）`, '听取群众、企业、一线职工、服务对象的意见，并在报告中写明'));
    }
    for (const p of inProblems.filter((p) => !supported.includes(p))) {
      findings.push(finding('fieldwork/unsupported-problem', 'warning', p, '问题没有用调研得到的数据或案例说明', '用问卷比例、走访中遇到的具体情况或典型案例说明这个问题'));
    }
  }
  return {
    score: { score: round1(score), applicable, methods, places, voices, supportedProblems: inProblems.length > 0 ? supported.length : 0, problems: inProblems.length },
    findings,
  };
}

/** A paragraph shows its claim when it holds a figure or a case (facts are sorted). */
function holdsEvidence(p: Span, facts: readonly Fact[]): boolean {
  let k = lowerBound(facts, p.start);
  for (; k < facts.length && facts[k]!.start < p.end; k++) if (facts[k]!.kind === 'quantity' || facts[k]!.kind === 'evidence') return true;
  return false;
}

function lowerBound(facts: readonly Fact[], offset: number): number {
  let lo = 0;
  let hi = facts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (facts[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
