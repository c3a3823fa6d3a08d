import type { Document, Finding, Heading, Section, Span } from '../../model.js';
import { finding } from '../findings.js';
import type { Genre } from '../genre.js';
import type { SectionRole } from '../quality-report.js';
import { FRAMES, rolesOf, type Frame, type Role } from './roles.js';

export interface Coverage {
  readonly frame: Frame;
  /** Share of the frame's roles the headings fill, 0–1. */
  readonly coverage: number;
  /** 1, or less when 问题 comes after 建议 or problems go unanswered. */
  readonly order: number;
  readonly sections: SectionRole[];
  readonly findings: Finding[];
}

/**
 * How well the top-level sections cover the best-fitting frame of the genre. Top-level means the
 * highest heading level, or every heading when fewer than two sit at that level. Also checks that
 * 问题 comes before 建议 and that there are about as many suggestions as problems.
 */
export function checkCoverage(document: Document, genre: Genre): Coverage {
  const tops = topSections(document.structure.root);
  const found = new Map<Role, Section>();
  for (const section of tops) for (const role of rolesOf(section.heading!.text)) if (!found.has(role)) found.set(role, section);
  const ranked = FRAMES[genre].map((frame) => ({ frame, coverage: frame.roles.filter((r) => found.has(r)).length / frame.roles.length }));
  const { frame, coverage } = ranked.reduce((best, next) => (next.coverage > best.coverage ? next : best));
  const sections: SectionRole[] = frame.roles.map((role) => {
    const s = found.get(role);
    return s ? { role, heading: label(s.heading!), start: s.start, end: s.end } : { role, heading: null, start: null, end: null };
  });
  const findings: Finding[] = [];
  if (tops.length > 0) {
    frame.roles.forEach((role, i) => {
      if (found.has(role)) return;
      const severity = genre === '调研报告' && (role === '存在问题' || role === '对策建议') ? 'warning' : 'info';
      findings.push(finding('structure/missing-section', severity, wherePartGoes(document, frame, i, found), `缺少“${role}”部分（按“${frame.name}”的结构）`, `增加一节“${role}”，或在现有标题中写明`));
    });
  }
  const order = checkOrder(found, findings);
  return { frame, coverage, order, sections, findings };
}

/** Sections of the highest level, or of every level when that gives fewer than two. */
export function topSections(root: Section): Section[] {
  if (root.children.length >= 2) return [...root.children];
  const all: Section[] = [];
  const walk = (s: Section): void => {
    for (const c of s.children) {
      all.push(c);
      walk(c);
    }
  };
  walk(root);
  return all;
}

const label = (h: Heading): string => `${h.marker}${h.text}`;

/** A missing part goes before the next part of the frame that is there, else after the last one. */
function wherePartGoes(document: Document, frame: Frame, i: number, found: ReadonlyMap<Role, Section>): Span {
  for (const role of frame.roles.slice(i + 1)) {
    const next = found.get(role);
    if (next?.heading) return next.heading;
  }
  const paragraphs = document.structure.paragraphs;
  return paragraphs[paragraphs.length - 1] ?? { start: 0, end: 0 };
}

/** 问题 before 建议, and a suggestion for each problem (counted as sub-headings). */
function checkOrder(found: ReadonlyMap<Role, Section>, findings: Finding[]): number {
  const problems = found.get('存在问题');
  const answers = found.get('对策建议');
  if (!problems || !answers || problems === answers) return 1;
  let order = 1;
  if (answers.start < problems.start) {
    findings.push(finding('structure/order', 'warning', answers.heading!, '“对策建议”写在了“存在问题”之前', '先摆问题、再分析原因、最后提建议'));
    order -= 0.5;
  }
  const asked = problems.children.length;
  const answered = answers.children.length;
  if (asked > 0 && answered > 0 && answered < asked) {
    findings.push(finding('structure/unanswered-problems', 'info', answers.heading!, `列出了${asked}个问题，只提出${answered}条建议`, '让每个问题都有对应的建议，或说明哪条建议回应哪个问题'));
    order -= 0.25 * (1 - answered / asked);
  }
  return order;
}
