import type { Exclusions, RuleSetting, Thresholds } from '../config/config.js';
import type { Finding, Match, MatchKind, Severity, Span } from '../model.js';
import type { Quality } from '../quality/quality-report.js';
import type { Originality } from './report.js';

const KIND_MESSAGE: Readonly<Record<MatchKind, string>> = {
  copy: '与已有文稿雷同',
  quote: '引用',
  boilerplate: '规范表述（常见于多篇文稿）',
  self: '重复使用本人文稿',
};

/** Each match as a finding `originality/<kind>`, pointing at the draft passage; its source in the note. */
export function matchFindings(matches: readonly Match[]): Finding[] {
  return matches.map((m) => {
    const source = m.source.title ? `《${m.source.title}》` : ` ${m.source.path}`;
    return {
      ruleId: `originality/${m.kind}`,
      severity: 'warning',
      span: { start: m.start, end: m.end },
      message: `${KIND_MESSAGE[m.kind]}：${m.chars}字，来源${source}，相似度 ${Math.round(m.similarity * 100)}%`,
      note: `${m.source.path} [${m.source.start}, ${m.source.end})`,
      ...(m.kind === 'copy' ? { suggestion: '改用自己的话重写，或加引号并注明出处' } : {}),
    } satisfies Finding;
  });
}

/**
 * The ratio `maxCopyRatio` is held to: without quotes and/or self-reuse when `exclude` says so. Without
 * both, |C ∪ S| + |C ∪ Q| − |C ∪ Q ∪ S| = |C ∪ (Q ∩ S)|, the copied share, exact unless a passage is
 * both a quote and self-reuse.
 */
export function gatedCopyRatio(o: Originality, exclude: Pick<Exclusions, 'quotes' | 'self'>): number {
  if (exclude.quotes && exclude.self) return Math.max(0, Math.round((o.copyRatioExcludingQuotes + o.copyRatioExcludingSelf - o.copyRatio) * 10000) / 10000);
  if (exclude.quotes) return o.copyRatioExcludingQuotes;
  if (exclude.self) return o.copyRatioExcludingSelf;
  return o.copyRatio;
}

/** A `threshold/…` error for every limit a document breaks, at the first passage that counts towards it. */
export function thresholdFindings(o: Originality, quality: Quality | null, thresholds: Thresholds, exclude: Pick<Exclusions, 'quotes' | 'self'>): Finding[] {
  const out: Finding[] = [];
  const at = (kinds: readonly MatchKind[], source?: string): Span => {
    const m = o.matches.find((x) => kinds.includes(x.kind) && (source === undefined || x.source.path === source));
    return m ? { start: m.start, end: m.end } : { start: 0, end: 0 };
  };
  const over = (rule: string, label: string, key: keyof Thresholds, value: number, span: Span): void => {
    const max = thresholds[key];
    if (max !== null && value > max) out.push(error(rule, span, `${label} ${pct(value)} 超过上限 ${pct(max)}（thresholds.${key}）`));
  };
  const counted: MatchKind[] = ['copy', ...(exclude.quotes ? [] : (['quote'] as const)), ...(exclude.self ? [] : (['self'] as const))];
  const label = exclude.quotes && exclude.self ? '去除引用和本人文献复制比' : exclude.quotes ? '去除引用文献复制比' : exclude.self ? '去除本人文献复制比' : '总文字复制比';
  over('threshold/copy-ratio', label, 'maxCopyRatio', gatedCopyRatio(o, exclude), at(counted));
  over('threshold/copy-ratio-excluding-quotes', '去除引用文献复制比', 'maxCopyRatioExcludingQuotes', o.copyRatioExcludingQuotes, at(['copy', 'self']));
  const top = o.sources[0];
  if (top) over('threshold/single-source-ratio', `单篇最大文字复制比（${top.path}）`, 'maxSingleSourceRatio', o.maxSingleSourceRatio, at(['copy', 'quote', 'self'], top.path));
  if (quality) {
    const under = (rule: string, label: string, key: keyof Thresholds, value: number): void => {
      const min = thresholds[key];
      if (min !== null && value < min) out.push(error(rule, { start: 0, end: 0 }, `${label}得分 ${value} 低于下限 ${min}（thresholds.${key}）`));
    };
    under('threshold/concreteness', '言之有物', 'minConcreteness', quality.concreteness.score);
    under('threshold/structure', '结构', 'minStructure', quality.structure.score);
  }
  return out;
}

/** Findings with the configured severities: a rule's own setting, else its family's, else as reported; `off` drops it. */
export function applyRuleSettings(findings: readonly Finding[], rules: Readonly<Record<string, RuleSetting>>): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = rules[f.ruleId] ?? rules[f.ruleId.split('/')[0]!];
    if (setting === 'off') continue;
    out.push(setting === undefined || setting === f.severity ? f : { ...f, severity: setting as Severity });
  }
  return out;
}

function error(ruleId: string, span: Span, message: string): Finding {
  return { ruleId, severity: 'error', span, message };
}

function pct(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
