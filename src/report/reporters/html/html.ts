import { createHash } from 'node:crypto';
import type { CheckedDocument, Report } from '../../report.js';
import type { ReporterOptions } from '../reporter.js';
import { Html, html } from './escape.js';
import { highlightDraft } from './highlight.js';
import { comparison, KIND_LABEL, qualityPanel, ratioCards, sectionBars, sourceList } from './panels.js';
import { SCRIPT, STYLE } from './page-assets.js';

/**
 * One self-contained HTML page (no network, no external assets): per document the ratios, the draft
 * with matched passages highlighted by kind, a comparison with the source for each passage (shown on a
 * click), ranked sources, section bars and the quality panel. Every piece of document text is escaped,
 * and a Content-Security-Policy allows only this page's own script (by hash) and style, so even text
 * that slipped through could not run.
 */
export function htmlReporter(report: Report, options: ReporterOptions = {}): string {
  const scriptHash = createHash('sha256').update(SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:`;
  const docs = report.documents.map((doc, i) => (doc.status === 'failed' ? html`<section class="doc failed"><h2>${doc.path}</h2><p class="error">无法读取：${doc.error}</p></section>` : documentSection(doc, `d${i}`, options)));
  const nav =
    report.documents.length > 1
      ? html`<nav>${report.documents.map((d, i) => html`<a href="#d${i}">${d.path}</a>`)}</nav>`
      : '';
  const gate = report.gate
    ? html`<p class="verdict ${report.gate.passed ? 'pass' : 'fail'}">${report.gate.passed ? '通过' : '未通过'}：${report.gate.errors} 个错误，${report.gate.warnings} 个警告</p>`
    : '';
  const page = html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>wenchao 文抄检查报告</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<header>${options.home ? html`<p class="tool"><a href="${options.home.href}">← ${options.home.label}</a></p>` : ''}<h1>文抄检查报告</h1><p class="tool">${report.tool.name} ${report.tool.version}${report.corpus ? ` · 比对库 ${report.corpus.path}（${report.corpus.documents} 篇）` : ''}</p>${gate}
<p class="legend">${(['copy', 'quote', 'boilerplate', 'self'] as const).map((k) => html`<span class="tag k-${k}">${KIND_LABEL[k]}</span>`)}<span class="tag flag">质量问题</span></p></header>
${nav}
<main>${docs}</main>
<script>${new Html(SCRIPT)}</script>
</body>
</html>
`;
  return page.value;
}

function documentSection(doc: CheckedDocument, prefix: string, options: ReporterOptions): Html {
  const text = options.texts?.get(doc.path);
  const matches = doc.originality.matches;
  const comparisons = matches.map((m, i) => comparison(m, `${prefix}-m${i}`, text, options.sources?.get(m.source.path) ?? options.texts?.get(m.source.path)));
  return html`<section class="doc" id="${prefix}">
<h2>${doc.path}</h2>
${ratioCards(doc)}
<div class="grid">
<article class="draft">${text === undefined ? html`<p class="empty">原文不在本次报告中。</p>` : highlightDraft(text, matches, doc.findings, prefix)}</article>
<aside class="panel"><p class="hint">点击高亮片段，查看来源原文和差异。</p>${comparisons}</aside>
</div>
<div class="grid3">
<div><h3>相似来源</h3>${sourceList(doc, prefix)}</div>
<div><h3>各章节复制比</h3>${sectionBars(doc)}</div>
<div><h3>写作质量</h3>${qualityPanel(doc, text, prefix)}</div>
</div>
</section>`;
}
