import type { Family } from '../families.js';
import type { ScanRow } from '../scan-row.js';

/** The terminal summary: the most copied documents and the largest families, in a few lines. */
export function scanSummary(rows: readonly ScanRow[], families: readonly Family[], limit = 10): string {
  const scanned = rows.filter((r) => r.status === 'scanned');
  const top = [...scanned].sort((a, b) => b.copyRatio - a.copyRatio || (a.path < b.path ? -1 : 1)).slice(0, limit);
  const lines: string[] = [];
  if (top.length > 0) {
    lines.push('copy ratio  copied  document  ← top source');
    for (const r of top) {
      const s = r.sources[0];
      lines.push(`${pct(r.copyRatio).padStart(10)}  ${String(r.copiedChars).padStart(6)}  ${r.path}${s ? `  ← ${s.origin === 'corpus' ? 'corpus:' : ''}${s.path}` : ''}`);
    }
  }
  if (families.length > 0) {
    lines.push('', `${families.length} copy families; the largest:`);
    for (const f of families.slice(0, limit)) {
      lines.push(`  ${f.id}  ${f.members.length} documents: ${f.members.slice(0, 4).map((m) => m.path).join(', ')}${f.members.length > 4 ? ', …' : ''}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function pct(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
