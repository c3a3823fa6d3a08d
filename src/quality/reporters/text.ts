import type { Finding } from '../../model.js';
import { lineColumns } from './line-column.js';
import type { ScoreReport } from './score-report.js';

const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

export interface ScoreTextOptions {
  /** Findings shown per document (the JSON report has them all); 0 for no limit. */
  readonly maxFindings?: number;
}

/** Default number of findings printed per document: enough to act on, short enough to read. */
export const DEFAULT_MAX_FINDINGS = 40;

/** A terminal summary per document: the scores, then findings as `line:column severity rule message`. */
export function scoreTextReporter(report: ScoreReport, options: ScoreTextOptions = {}): string {
  const limit = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const out: string[] = [];
  for (const doc of report.documents) {
    if (doc.status === 'failed') {
      out.push(`${doc.path}\n  error: ${doc.error}\n`);
      continue;
    }
    const q = doc.quality;
    const m = q.concreteness.metrics;
    out.push(doc.path);
    out.push(`  质量 ${q.score} · 文体 ${q.genre}（${q.genreSource === 'option' ? '指定' : '自动识别'}）`);
    out.push(
      `  言之有物 ${q.concreteness.score} · 每百字事实 ${m.factsPer100Chars} · 数据 ${m.quantities} 时间 ${m.times} 地点单位 ${m.entities} 案例对比 ${m.evidence} · 套话 ${m.cliches} · 口号句 ${m.sloganSentences}`,
    );
    const methods = q.fieldwork.methods.map((x) => (x.count === undefined ? x.method : `${x.method}${x.count}${x.unit ?? ''}`)).join('、') || '未说明';
    out.push(`  调研扎实度 ${q.fieldwork.score}${q.fieldwork.applicable ? '' : '（不计入总分）'} · 方法 ${methods}`);
    const found = q.structure.sections.filter((s) => s.heading !== null).length;
    out.push(`  结构 ${q.structure.score} · 标题 ${q.structure.headings.length} 个 · 框架“${q.structure.frame}” ${found}/${q.structure.sections.length}`);
    const at = lineColumns(doc.text);
    const shown = limit > 0 ? doc.findings.slice(0, limit) : doc.findings;
    for (const f of shown) out.push(`  ${line(f, at, doc.text)}`);
    if (shown.length < doc.findings.length) out.push(`  … 另有 ${doc.findings.length - shown.length} 条（--format json 列出全部）`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function line(f: Finding, at: ReturnType<typeof lineColumns>, text: string): string {
  const { line: l, column } = at(f.span.start);
  const suggestion = f.suggestion ? ` → ${f.suggestion}` : '';
  return `${l}:${column} ${SEVERITY_LABEL[f.severity]} ${f.ruleId} ${f.message} ${clip(text.slice(f.span.start, f.span.end))}${suggestion}`;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  return chars.length <= 30 ? `“${flat}”` : `“${chars.slice(0, 14).join('')}…${chars.slice(-12).join('')}”`;
}
