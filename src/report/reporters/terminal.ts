import type { Finding, MatchKind } from '../../model.js';
import type { CheckedDocument, Report } from '../report.js';
import type { ReporterOptions } from './reporter.js';
import { clip, counts, findingsOf, locator, pct, SEVERITY_LABEL, worstFirst } from './shared.js';

const KIND_LABEL: Readonly<Record<MatchKind, string>> = { copy: '复制', quote: '引用', boilerplate: '规范表述', self: '本人' };

/** Findings printed per document by default: the worst ones, enough to act on (the JSON report has all). */
export const DEFAULT_MAX_FINDINGS = 15;

const ANSI = { red: 31, yellow: 33, green: 32, cyan: 36, dim: 2, bold: 1 } as const;
type Paint = (style: keyof typeof ANSI, text: string) => string;

/**
 * The terminal summary: per document its ratios, top sources, quality scores and worst findings as
 * `line:column severity rule message “text”`, then the totals and the gate's verdict. Colour only when
 * `options.color` (the CLI sets it on a TTY without NO_COLOR).
 */
export function terminalReporter(report: Report, options: ReporterOptions = {}): string {
  const paint: Paint = options.color ? (style, text) => `\u001b[${ANSI[style]}m${text}\u001b[0m` : (_, text) => text;
  const limit = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const out: string[] = [];
  for (const doc of report.documents) {
    if (doc.status === 'failed') {
      out.push(paint('bold', doc.path), `  ${paint('red', '错误')} ${doc.error}`, '');
      continue;
    }
    out.push(paint('bold', doc.path), ...summary(doc, paint));
    const text = options.texts?.get(doc.path);
    const at = locator(text);
    const sorted = worstFirst(doc.findings);
    const shown = limit > 0 ? sorted.slice(0, limit) : sorted;
    for (const f of shown) out.push(`  ${line(f, at, text, paint)}`);
    if (shown.length < sorted.length) out.push(paint('dim', `  … 另有 ${sorted.length - shown.length} 条（--format json 列出全部）`));
    out.push('');
  }
  const total = counts(report.documents.flatMap(findingsOf));
  out.push(`${report.documents.length} 个文件 · ${paint('red', `${total.error} 错误`)} · ${paint('yellow', `${total.warning} 警告`)} · ${total.info} 提示`);
  if (report.gate) {
    const g = report.gate;
    const limitText = g.maxWarnings >= 0 ? `，警告上限 ${g.maxWarnings}` : '';
    out.push(g.passed ? paint('green', `gate: 通过${limitText}`) : paint('red', `gate: 未通过（${g.errors} 个错误，${g.warnings} 个警告${limitText}）`));
  }
  return `${out.join('\n')}\n`;
}

function summary(doc: CheckedDocument, paint: Paint): string[] {
  const o = doc.originality;
  const out = [
    `  总文字复制比 ${pct(o.copyRatio)} · 去除引用 ${pct(o.copyRatioExcludingQuotes)} · 去除本人 ${pct(o.copyRatioExcludingSelf)}` +
      ` · 单篇最大 ${pct(o.maxSingleSourceRatio)} · 复制字数 ${o.copiedChars}/${o.totalChars}`,
  ];
  for (const s of o.sources.slice(0, 3)) out.push(paint('dim', `  来源 ${pct(s.ratio)} ${s.chars}字 ${s.path}`));
  const kinds = (['copy', 'quote', 'self', 'boilerplate'] as const).map((k) => [k, o.matches.filter((m) => m.kind === k).length] as const).filter(([, n]) => n > 0);
  if (kinds.length > 0) out.push(paint('dim', `  片段 ${kinds.map(([k, n]) => `${KIND_LABEL[k]} ${n}`).join(' · ')}`));
  const q = doc.quality;
  if (q) out.push(`  质量 ${q.score} · 言之有物 ${q.concreteness.score} · 调研扎实度 ${q.fieldwork.score}${q.fieldwork.applicable ? '' : '（不计入）'} · 结构 ${q.structure.score} · 文体 ${q.genre}`);
  return out;
}

function line(f: Finding, at: ReturnType<typeof locator>, text: string | undefined, paint: Paint): string {
  const { line: l, column } = at(f.span);
  const colour = f.severity === 'error' ? 'red' : f.severity === 'warning' ? 'yellow' : 'cyan';
  const excerpt = text !== undefined && f.span.end > f.span.start ? ` “${clip(text.slice(f.span.start, f.span.end))}”` : '';
  const suggestion = f.suggestion ? paint('dim', ` → ${f.suggestion}`) : '';
  return `${paint('dim', `${l}:${column}`)} ${paint(colour, SEVERITY_LABEL[f.severity])} ${paint('dim', f.ruleId)} ${f.message}${excerpt}${suggestion}`;
}
