import type { IngestSummary } from './ingest-summary.js';

/** The human-readable form of `wenchao ingest`. */
export function formatIngestText(summary: IngestSummary): string {
  const lines: string[] = [summary.path];
  lines.push(
    `  format ${summary.format} · encoding ${summary.encoding} · ${summary.characters} characters` +
      ` (${summary.normalisedCharacters} normalised)`,
  );
  const meta = Object.entries(summary.meta).filter(([, v]) => v !== undefined && v !== '');
  if (meta.length > 0) lines.push(`  meta: ${meta.map(([k, v]) => `${k}=${String(v)}`).join(' · ')}`);
  lines.push(`  title: ${summary.title ?? '(none)'}`);
  const c = summary.counts;
  lines.push(
    `  paragraphs ${c.paragraphs} · sentences ${c.sentences} · words ${c.words} · quotations ${c.quotations}` +
      ` (${c.citedQuotations} cited) · citation markers ${c.citations} · references ${summary.references ? 'yes' : 'no'}`,
  );
  if (summary.headings.length > 0) {
    lines.push('  headings:');
    for (const h of summary.headings) lines.push(`  ${'  '.repeat(h.level)}${h.marker}${h.text}`);
  } else {
    lines.push('  headings: (none)');
  }
  for (const warning of summary.warnings) lines.push(`  warning: ${warning}`);
  if (summary.words) {
    lines.push('  words:');
    lines.push(wrap(summary.words.filter((w) => w.word.trim() !== '').map((w) => `${w.word}/${w.tag}`), 100));
  }
  if (summary.text !== undefined) {
    lines.push('  text:');
    lines.push(summary.text);
  }
  return `${lines.join('\n')}\n\n`;
}

function wrap(items: readonly string[], width: number): string {
  const out: string[] = [];
  let line = '   ';
  for (const item of items) {
    if (line.length + item.length + 1 > width && line.trim() !== '') {
      out.push(line);
      line = '   ';
    }
    line += ` ${item}`;
  }
  if (line.trim() !== '') out.push(line);
  return out.join('\n');
}
