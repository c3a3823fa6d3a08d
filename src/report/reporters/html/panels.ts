import type { Match } from '../../../model.js';
import type { CheckedDocument } from '../../report.js';
import { clip, locator, pct, SEVERITY_LABEL, worstFirst } from '../shared.js';
import { diffPassages, type DiffRun } from './diff.js';
import { html, type Html } from './escape.js';

export const KIND_LABEL = { copy: '复制', quote: '引用', boilerplate: '规范表述', self: '本人旧文' } as const;

/** Characters of source text shown around a source passage. */
const CONTEXT = 60;

/** The ratio cards at the top of a document. */
export function ratioCards(doc: CheckedDocument): Html {
  const o = doc.originality;
  const card = (label: string, value: string, warn: boolean): Html => html`<div class="card${warn ? ' warn' : ''}"><b>${value}</b><span>${label}</span></div>`;
  const q = doc.quality;
  return html`<div class="cards">${[
    card('总文字复制比', pct(o.copyRatio), o.copyRatio > 0.3),
    card('去除引用文献复制比', pct(o.copyRatioExcludingQuotes), o.copyRatioExcludingQuotes > 0.2),
    card('去除本人文献复制比', pct(o.copyRatioExcludingSelf), false),
    card('单篇最大文字复制比', pct(o.maxSingleSourceRatio), o.maxSingleSourceRatio > 0.15),
    card('复制字数', `${o.copiedChars} / ${o.totalChars}`, false),
    q ? card(`质量（${q.genre}）`, String(q.score), q.score < 60) : '',
  ]}</div>`;
}

/** Sources ranked by what was taken from them, each a bar; a click selects its first passage. */
export function sourceList(doc: CheckedDocument, prefix: string): Html {
  const o = doc.originality;
  if (o.sources.length === 0) return html`<p class="empty">未发现与比对库或其他文稿雷同的片段。</p>`;
  const rows = o.sources.map((s, rank) => {
    const first = o.matches.findIndex((m) => m.source.path === s.path);
    const title = o.matches[first]?.source.title;
    return html`<li data-m="${`${prefix}-m${first}`}" tabindex="0"><span class="rank">${rank + 1}</span><span class="name">${title ? `《${title}》` : s.path}<small>${title ? s.path : ''}</small></span><span class="bar"><i style="width:${barWidth(s.ratio)}%"></i></span><span class="num">${pct(s.ratio)} · ${s.chars}字</span></li>`;
  });
  return html`<ol class="sources">${rows}</ol>`;
}

/** Every section's copy ratio as a bar, indented by heading level. */
export function sectionBars(doc: CheckedDocument): Html {
  const sections = doc.originality.sections;
  if (sections.length === 0) return html`<p class="empty">没有识别出章节标题。</p>`;
  return html`<ul class="sections">${sections.map(
    (s) =>
      html`<li class="lv${Math.min(s.level, 4)}"><span class="name">${s.heading}</span><span class="bar"><i class="${s.copyRatio > 0.3 ? 'hot' : ''}" style="width:${barWidth(s.copyRatio)}%"></i></span><span class="num">${pct(s.copyRatio)}</span></li>`,
  )}</ul>`;
}

/** The quality panel: the three scores as bars, key figures, and the flagged sentences with suggestions. */
export function qualityPanel(doc: CheckedDocument, text: string | undefined, prefix: string): Html {
  const q = doc.quality;
  const at = locator(text);
  const findings = worstFirst(doc.findings.filter((f) => !f.ruleId.startsWith('originality/')));
  const scores = q
    ? html`<ul class="scores">${[
        ['总分', q.score],
        ['言之有物', q.concreteness.score],
        [`调研扎实度${q.fieldwork.applicable ? '' : '（不计入）'}`, q.fieldwork.score],
        ['结构', q.structure.score],
      ].map(([label, score]) => html`<li><span class="name">${label}</span><span class="bar"><i class="${Number(score) < 40 ? 'hot' : Number(score) < 60 ? 'mid' : 'ok'}" style="width:${barWidth(Number(score) / 100)}%"></i></span><span class="num">${score}</span></li>`)}</ul>
      <p class="metrics">文体 ${q.genre} · 每百字事实 ${q.concreteness.metrics.factsPer100Chars} · 套话 ${q.concreteness.metrics.cliches} · 口号句 ${q.concreteness.metrics.sloganSentences} · 空洞段落 ${q.concreteness.metrics.emptyParagraphs} · 框架“${q.structure.frame}”</p>`
    : html`<p class="empty">未评分。</p>`;
  const list = findings.map((f) => {
    const w = at(f.span);
    const excerpt = text !== undefined && f.span.end > f.span.start ? clip(text.slice(f.span.start, f.span.end), 60) : '';
    return html`<li class="sev-${f.severity}"><a href="#${`${prefix}-o${f.span.start}`}">${w.line}:${w.column}</a> <b>${SEVERITY_LABEL[f.severity]}</b> <code>${f.ruleId}</code> ${f.message}${excerpt ? html`<q>${excerpt}</q>` : ''}${f.suggestion ? html`<div class="sugg">建议：${f.suggestion}</div>` : ''}</li>`;
  });
  return html`${scores}${list.length > 0 ? html`<ul class="findings">${list}</ul>` : html`<p class="empty">没有质量问题。</p>`}`;
}

/** One match's comparison, hidden until the match is clicked: the draft passage beside the source passage, differences marked. */
export function comparison(m: Match, id: string, text: string | undefined, source: string | undefined): Html {
  const draft = text?.slice(m.start, m.end) ?? '';
  const passage = source?.slice(m.source.start, m.source.end);
  const diff = passage === undefined ? null : diffPassages(draft, passage);
  const side = (runs: readonly DiffRun[] | null, plain: string, tag: 'ins' | 'del'): Html =>
    runs ? html`${runs.map((r) => (r.same ? html`${r.text}` : tag === 'ins' ? html`<ins>${r.text}</ins>` : html`<del>${r.text}</del>`))}` : html`${plain}`;
  const meta = [m.source.author, m.source.date].filter(Boolean).join(' · ');
  const sourceBody =
    passage === undefined
      ? html`<p class="empty">来源文本不在本次报告中（${m.source.path} [${m.source.start}, ${m.source.end})）。</p>`
      : html`<div class="passage"><span class="ctx">${source!.slice(Math.max(0, m.source.start - CONTEXT), m.source.start)}</span>${side(diff?.b ?? null, passage, 'del')}<span class="ctx">${source!.slice(m.source.end, m.source.end + CONTEXT)}</span></div>`;
  return html`<section class="cmp" id="${`cmp-${id}`}" hidden>
<h4><span class="tag k-${m.kind}">${KIND_LABEL[m.kind]}</span> 相似度 ${Math.round(m.similarity * 100)}% · ${m.chars}字${m.documents && m.documents > 1 ? ` · ${m.documents}篇来源相同` : ''}</h4>
<div class="side"><div><h5>本文 [${m.start}, ${m.end})</h5><div class="passage">${side(diff?.a ?? null, draft, 'ins')}</div></div>
<div><h5 class="src">来源 ${m.source.title ? `《${m.source.title}》` : ''}<small>${m.source.path}${meta ? ` · ${meta}` : ''}</small></h5>${sourceBody}</div></div>
<p class="legend-diff"><ins>本文独有</ins> <del>来源独有</del>，其余文字两边相同。</p>
</section>`;
}

function barWidth(ratio: number): string {
  return (Math.max(0, Math.min(1, ratio)) * 100).toFixed(1);
}
