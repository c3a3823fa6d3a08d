import type { Family } from '../families.js';
import type { ScanRow } from '../scan-row.js';

export interface OverviewInput {
  readonly title: string;
  readonly rows: readonly ScanRow[];
  readonly families: readonly Family[];
  /** Documents at or above this copy ratio are listed first and linked to their own report when one exists. */
  readonly threshold: number;
  /** Path → relative link of a per-document report. */
  readonly reports: ReadonlyMap<string, string>;
}

/** Rows listed in the overview's table of most copied documents, besides those with a report. */
const TOP_ROWS = 200;

/** `index.html`: the most copied documents, the families and the failures, every text escaped. */
export function overviewHtml(input: OverviewInput): string {
  const scanned = input.rows.filter((r) => r.status === 'scanned');
  const failed = input.rows.filter((r) => r.status === 'failed');
  // Every document with its own report is listed, however many there are; the rest up to TOP_ROWS.
  const top = [...scanned]
    .sort((a, b) => b.copyRatio - a.copyRatio || (a.path < b.path ? -1 : 1))
    .filter((r, i) => i < TOP_ROWS || input.reports.has(r.path));
  const link = (path: string): string => {
    const href = input.reports.get(path);
    return href ? `<a href="${escapeHtml(href)}">${escapeHtml(path)}</a>` : escapeHtml(path);
  };
  const parts = [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(input.title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}td.n{text-align:right}.hi{background:#fdd}</style>',
    '</head><body>',
    `<h1>${escapeHtml(input.title)}</h1>`,
    `<p>${scanned.length} documents scanned, ${failed.length} failed, ${input.families.length} copy families; ${input.reports.size} documents have their own report (linked).</p>`,
    '<h2>Most copied documents</h2>',
    '<table><tr><th>document</th><th>copy ratio</th><th>copied chars</th><th>top source</th></tr>',
    ...top.map((r) => {
      const s = r.sources[0];
      const source = s ? `${escapeHtml(s.origin)}: ${escapeHtml(s.path)} (${s.ratio})` : '';
      const cls = r.copyRatio >= input.threshold ? ' class="hi"' : '';
      return `<tr${cls}><td>${link(r.path)}</td><td class="n">${r.copyRatio}</td><td class="n">${r.copiedChars}</td><td>${source}</td></tr>`;
    }),
    '</table>',
    '<h2>Copy families</h2>',
    ...input.families.map(
      (f) =>
        `<h3>Family ${escapeHtml(f.id)} (${f.members.length} documents)</h3><ol>` +
        f.members.map((m) => `<li>${link(m.path)}${m.date ? ` — ${escapeHtml(m.date.date)} (${escapeHtml(m.date.source)})` : ''}</li>`).join('') +
        '</ol><table><tr><th>likely original</th><th>likely copy</th><th>direction</th><th>shared chars</th></tr>' +
        f.links
          .map(
            (l) =>
              `<tr><td>${escapeHtml(l.original)}</td><td>${escapeHtml(l.copy)}</td><td>${escapeHtml(l.direction)}</td><td class="n">${l.copyChars}</td></tr>`,
          )
          .join('') +
        '</table>',
    ),
    failed.length > 0 ? '<h2>Files that could not be read</h2><ul>' : '',
    ...failed.map((r) => `<li>${escapeHtml(r.path)}: ${escapeHtml(r.status === 'failed' ? r.error : '')}</li>`),
    failed.length > 0 ? '</ul>' : '',
    '</body></html>',
    '',
  ];
  return parts.filter((p) => p !== '').join('\n') + '\n';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}
