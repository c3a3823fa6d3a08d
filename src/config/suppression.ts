import type { Finding, Span } from '../model.js';

/** A stretch of text where some rules (or all, when `rules` is empty) are switched off. */
export interface Suppression extends Span {
  readonly rules: readonly string[];
}

const DIRECTIVE = /<!--\s*wenchao-(disable|enable)((?:\s+[a-z]+(?:\/[a-z-]+)?,?)*)\s*-->/gu;

/**
 * The `<!-- wenchao-disable [rule …] -->` … `<!-- wenchao-enable -->` stretches of a text (a Markdown
 * comment, which renders as nothing). An unclosed disable runs to the end of the text. A rule names a
 * rule (`concreteness/cliche`) or a family (`concreteness`).
 */
export function findSuppressions(text: string): Suppression[] {
  const out: Suppression[] = [];
  let open: { start: number; rules: string[] } | null = null;
  for (const m of text.matchAll(DIRECTIVE)) {
    const rules = (m[2] ?? '').split(/[\s,]+/u).filter(Boolean);
    if (m[1] === 'disable') {
      if (open) out.push({ start: open.start, end: m.index, rules: open.rules });
      open = { start: m.index, rules };
    } else if (open) {
      out.push({ start: open.start, end: m.index + m[0].length, rules: open.rules });
      open = null;
    }
  }
  if (open) out.push({ start: open.start, end: text.length, rules: open.rules });
  return out;
}

/**
 * The findings no suppression covers: a finding is covered when its span starts inside a stretch that
 * names its rule or family. Threshold failures concern the whole document and cannot be switched off here.
 */
export function suppress(findings: readonly Finding[], suppressions: readonly Suppression[]): Finding[] {
  if (suppressions.length === 0) return [...findings];
  return findings.filter(
    (f) =>
      f.ruleId.startsWith('threshold/') ||
      !suppressions.some(
        (s) => f.span.start >= s.start && f.span.start < s.end && (s.rules.length === 0 || s.rules.some((r) => r === f.ruleId || f.ruleId.startsWith(`${r}/`))),
      ),
  );
}
