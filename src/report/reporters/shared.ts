import type { Finding, Severity } from '../../model.js';
import { lineColumns } from '../../quality/reporters/line-column.js';
import type { DocumentReport } from '../report.js';

export { lineColumns };

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Where a span lies: 1-based line and column of its start and of its (exclusive) end, columns in code points. */
export interface Location {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A locator for one document's text; without the text every place is 1:1. */
export function locator(text: string | undefined): (span: { start: number; end: number }) => Location {
  if (text === undefined) return () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 });
  const at = lineColumns(text);
  return (span) => {
    const start = at(span.start);
    const end = at(span.end);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
}

/** A document's findings; a document that could not be read is one fatal finding. */
export function findingsOf(doc: DocumentReport): readonly Finding[] {
  if (doc.status === 'checked') return doc.findings;
  return [{ ruleId: 'io/unreadable', severity: 'error', span: { start: 0, end: 0 }, message: doc.error, fatal: true }];
}

export function counts(findings: readonly Finding[]): Record<Severity, number> {
  const out = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** Worst first: by severity, then place (the report's own order within a severity). */
export function worstFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.span.start - b.span.start);
}

export function pct(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** A passage on one line, shortened in the middle by code points (never splitting a surrogate pair). */
export function clip(text: string, max = 30): string {
  const chars = [...text.replace(/\s+/gu, ' ').trim()];
  if (chars.length <= max) return chars.join('');
  const head = Math.ceil((max - 1) / 2);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (max - 1 - head)).join('')}`;
}

/** Rule descriptions for SARIF rules and the HTML legend; a rule missing here is described by its id. */
export const RULE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'originality/copy': 'Passage taken from a corpus document or another draft without quotation',
  'originality/quote': 'Quoted and cited passage found in a source',
  'originality/self': "Passage reused from the author's own document",
  'originality/boilerplate': 'Common formulation held by several documents',
  'threshold/copy-ratio': 'Copy ratio (总文字复制比) over thresholds.maxCopyRatio',
  'threshold/copy-ratio-excluding-quotes': 'Copy ratio without quotes over thresholds.maxCopyRatioExcludingQuotes',
  'threshold/single-source-ratio': 'Share taken from one source over thresholds.maxSingleSourceRatio',
  'threshold/concreteness': 'Concreteness (言之有物) score under thresholds.minConcreteness',
  'threshold/structure': 'Structure score under thresholds.minStructure',
  'io/unreadable': 'The file could not be read',
};
