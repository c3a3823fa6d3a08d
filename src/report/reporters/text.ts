import type { Report } from '../report.js';

const KIND_LABEL = { copy: '复制', quote: '引用', boilerplate: '规范表述', self: '本人' } as const;

/** A plain terminal summary per document: ratios, top sources, each match with its text. */
export function textReporter(report: Report, options: { texts?: ReadonlyMap<string, string> } = {}): string {
  const out: string[] = [];
  for (const doc of report.documents) {
    if (doc.status === 'failed') {
      out.push(`${doc.path}\n  error: ${doc.error}\n`);
      continue;
    }
    const o = doc.originality;
    out.push(doc.path);
    out.push(
      `  总文字复制比 ${pct(o.copyRatio)} · 去除引用 ${pct(o.copyRatioExcludingQuotes)} · 去除本人 ${pct(o.copyRatioExcludingSelf)}` +
        ` · 单篇最大 ${pct(o.maxSingleSourceRatio)} · 复制字数 ${o.copiedChars}/${o.totalChars}`,
    );
    for (const s of o.sources.slice(0, 5)) out.push(`  source ${pct(s.ratio)} ${s.chars} chars  ${s.path}`);
    const text = options.texts?.get(doc.path);
    for (const m of o.matches) {
      const excerpt = text ? ` ${clip(text.slice(m.start, m.end))}` : '';
      out.push(
        `  [${m.start}, ${m.end}) ${m.kind}/${KIND_LABEL[m.kind]} ${m.chars} chars, similarity ${m.similarity.toFixed(2)} ← ${m.source.path} [${m.source.start}, ${m.source.end})${excerpt}`,
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function pct(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= 40 ? `“${flat}”` : `“${flat.slice(0, 18)}…${flat.slice(-18)}”`;
}
