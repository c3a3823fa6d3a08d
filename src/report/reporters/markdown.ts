import type { Report } from '../report.js';
import type { ReporterOptions } from './reporter.js';
import { clip, counts, findingsOf, locator, pct, SEVERITY_LABEL, worstFirst } from './shared.js';

/** Findings listed per document: a pull-request comment stays short; the other reports have them all. */
const MAX_FINDINGS = 10;

/**
 * A summary for a pull-request comment or `$GITHUB_STEP_SUMMARY`: the verdict, one table row per
 * document, then each document's worst findings. Document text is escaped (GitHub renders HTML in Markdown).
 */
export function markdownReporter(report: Report, options: ReporterOptions = {}): string {
  const out: string[] = ['## wenchao 文抄检查', ''];
  if (report.gate) {
    const g = report.gate;
    out.push(g.passed ? `✅ **通过**：${g.errors} 个错误，${g.warnings} 个警告` : `❌ **未通过**：${g.errors} 个错误，${g.warnings} 个警告${g.maxWarnings >= 0 ? `（警告上限 ${g.maxWarnings}）` : ''}`, '');
  }
  out.push('| 文件 | 总文字复制比 | 去除引用 | 单篇最大 | 质量 | 言之有物 | 结构 | 错误 | 警告 |', '|---|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const doc of report.documents) {
    const c = counts(findingsOf(doc));
    if (doc.status === 'failed') {
      out.push(`| ${cell(doc.path)} | 无法读取：${cell(doc.error)} | | | | | | ${c.error} | 0 |`);
      continue;
    }
    const o = doc.originality;
    const q = doc.quality;
    out.push(
      `| ${cell(doc.path)} | ${pct(o.copyRatio)} | ${pct(o.copyRatioExcludingQuotes)} | ${pct(o.maxSingleSourceRatio)} | ${q?.score ?? '–'} | ${q?.concreteness.score ?? '–'} | ${q?.structure.score ?? '–'} | ${c.error} | ${c.warning} |`,
    );
  }
  for (const doc of report.documents) {
    const findings = worstFirst(findingsOf(doc).filter((f) => f.severity !== 'info'));
    if (findings.length === 0) continue;
    const text = options.texts?.get(doc.path);
    const at = locator(text);
    out.push('', `<details><summary>${inline(doc.path)}：${findings.length} 条</summary>`, '');
    for (const f of findings.slice(0, MAX_FINDINGS)) {
      const { line, column } = at(f.span);
      const excerpt = text !== undefined && f.span.end > f.span.start ? ` “${inline(clip(text.slice(f.span.start, f.span.end)))}”` : '';
      out.push(`- **${SEVERITY_LABEL[f.severity]}** \`${f.ruleId}\` ${line}:${column} ${inline(f.message)}${excerpt}`);
    }
    if (findings.length > MAX_FINDINGS) out.push(`- …另有 ${findings.length - MAX_FINDINGS} 条`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

/** Text safe inside Markdown: no HTML, no emphasis or code marks, no links. */
function inline(text: string): string {
  return text.replace(/[&<>]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!).replace(/([\\`*_[\]|#~])/gu, '\\$1').replace(/\s+/gu, ' ');
}

function cell(text: string): string {
  return inline(text);
}
