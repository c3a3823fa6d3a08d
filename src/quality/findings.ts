import type { Finding, Severity, Span } from '../model.js';

/** A quality finding: the one shape copy matches and quality problems share (see model.ts). */
export function finding(ruleId: string, severity: Severity, span: Span, message: string, suggestion?: string): Finding {
  return {
    ruleId,
    severity,
    span: { start: span.start, end: span.end },
    message,
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Findings in a deterministic order: by offset, then end, rule and severity; exact duplicates dropped. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort(
    (a, b) =>
      a.span.start - b.span.start ||
      a.span.end - b.span.end ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  return sorted.filter((f, i) => {
    const prev = sorted[i - 1];
    return !prev || prev.ruleId !== f.ruleId || prev.span.start !== f.span.start || prev.span.end !== f.span.end || prev.message !== f.message;
  });
}
