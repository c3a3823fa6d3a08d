import type { Document, Finding, Heading, HeadingStyle } from '../../model.js';
import { finding } from '../findings.js';
import { spanIndexAt } from '../spans.js';
import { markerNumber } from './numerals.js';

/** GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）. `第X章` sits above the ladder. */
const GB_RANK: Partial<Record<HeadingStyle, number>> = { chapter: -1, 'cn-number': 0, 'cn-paren': 1, 'arabic-dot': 2, 'arabic-paren': 3 };
const GB_EXAMPLE = ['一、', '（一）', '1.', '（1）'];
/** The standard allows four levels; a fifth is a sign the text should be split. */
export const MAX_DEPTH = 4;
/** Headings that stand on their own line end without punctuation (GB/T 9704 practice). */
const TRAILING = /[。，；：,;:.．]$/u;
const NEVER_PUNCTUATED: ReadonlySet<HeadingStyle> = new Set(['chapter', 'cn-number', 'cn-paren', 'markdown', 'word-style']);

/** A heading with where it sits in the tree. */
interface Placed {
  readonly heading: Heading;
  readonly parent: number; // index of the parent heading, -1 for the top
  readonly depth: number;
}

/**
 * Checks the headings against the official ladder: levels not skipped, numbering continuous from one,
 * one marker style per depth, no trailing punctuation on headings that stand alone, depth at most four.
 * Returns one finding per problem and, per heading, the rule ids it broke.
 */
export function checkLadder(document: Document): { findings: Finding[]; problems: string[][] } {
  const { headings, paragraphs } = document.structure;
  const placed = place(headings);
  const problems = headings.map((): string[] => []);
  const findings: Finding[] = [];
  const report = (k: number, rule: string, message: string, suggestion: string, severity: 'warning' | 'info' = 'warning'): void => {
    problems[k]!.push(`structure/${rule}`);
    findings.push(finding(`structure/${rule}`, severity, headings[k]!, message, suggestion));
  };

  placed.forEach(({ heading, parent, depth }, k) => {
    const up = parent >= 0 ? headings[parent]! : null;
    const rank = GB_RANK[heading.style];
    const upRank = up ? GB_RANK[up.style] : undefined;
    if (up && rank !== undefined && upRank !== undefined && upRank >= 0 && rank > upRank + 1) {
      report(k, 'skipped-level', `标题层级跳级：“${up.marker}”下直接用了“${heading.marker}”`, `按“${GB_EXAMPLE.join('→')}”逐级使用，此处应为“${GB_EXAMPLE[upRank + 1]}”`);
    } else if (up && rank === undefined && heading.level > up.level + 1) {
      report(k, 'skipped-level', `标题层级跳级：从第${up.level}级直接到第${heading.level}级`, '逐级使用标题层级，不要跳级');
    }
    if (depth > MAX_DEPTH) report(k, 'too-deep', `标题层级达到${depth}级，超过四级`, '公文标题一般不超过四级（一、（一）1.（1）），请合并或拆分内容');
    const paragraph = paragraphs[spanIndexAt(paragraphs, heading.start)];
    const standalone = paragraph !== undefined && paragraph.end === heading.end;
    if (standalone && NEVER_PUNCTUATED.has(heading.style) && TRAILING.test(document.raw.text.slice(heading.start, heading.end))) {
      report(k, 'heading-punctuation', `独占一行的标题“${heading.marker}${heading.text}”末尾不应加标点`, '删去标题末尾的标点', 'info');
    }
  });
  checkNumbering(placed, (k, message, suggestion) => report(k, 'numbering', message, suggestion));
  checkStyles(placed, (k, message, suggestion) => report(k, 'mixed-style', message, suggestion));
  return { findings, problems };
}

/** Parent and depth of every heading, from their levels, with a stack of open headings. */
function place(headings: readonly Heading[]): Placed[] {
  const stack: number[] = [];
  return headings.map((heading, k) => {
    while (stack.length > 0 && headings[stack[stack.length - 1]!]!.level >= heading.level) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
    stack.push(k);
    return { heading, parent, depth: stack.length };
  });
}

type Report = (k: number, message: string, suggestion: string) => void;

/** Siblings of one style are numbered 1, 2, 3 …: no gap, no repeat, starting at one. */
function checkNumbering(placed: readonly Placed[], report: Report): void {
  const last = new Map<string, number>();
  placed.forEach(({ heading, parent }, k) => {
    const n = markerNumber(heading.marker);
    if (n === null) return;
    const key = `${parent}:${heading.style}`;
    const expected = (last.get(key) ?? 0) + 1;
    if (n !== expected) {
      const previous = last.get(key);
      report(
        k,
        previous === undefined ? `编号应从1开始，这里是“${heading.marker}”` : `编号不连续：上一个是第${previous}项，这里是“${heading.marker}”`,
        `按顺序编号，此处应为第${expected}项`,
      );
    }
    last.set(key, n);
  });
}

/** One marker style per depth: the minority style at a depth is flagged. */
function checkStyles(placed: readonly Placed[], report: Report): void {
  const counts = new Map<number, Map<HeadingStyle, number>>();
  for (const { heading, depth } of placed) {
    const byStyle = counts.get(depth) ?? new Map<HeadingStyle, number>();
    byStyle.set(heading.style, (byStyle.get(heading.style) ?? 0) + 1);
    counts.set(depth, byStyle);
  }
  placed.forEach(({ heading, depth }, k) => {
    const byStyle = counts.get(depth)!;
    if (byStyle.size < 2) return;
    const [major] = [...byStyle].sort((a, b) => b[1] - a[1] || (GB_RANK[a[0]] ?? 9) - (GB_RANK[b[0]] ?? 9))[0]!;
    if (heading.style !== major) report(k, `同一层级混用了不同的编号样式（“${heading.marker || heading.style}”）`, '同一层级使用同一种编号样式');
  });
}
