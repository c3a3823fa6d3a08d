/** A progress reading: counts and when the phase started. */
export interface ProgressState {
  readonly label: string;
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
}

const BAR_WIDTH = 24;

/** `scan [#######.....]  1200/14787  8%  95.2/s  ETA 2m22s` for a terminal (redrawn with `\r`). */
export function progressBar(p: ProgressState): string {
  const share = p.total === 0 ? 1 : p.done / p.total;
  const filled = Math.round(share * BAR_WIDTH);
  return `${p.label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${progressFigures(p)}`;
}

/** `scan: 1200/14787 documents (8%), 95.2/s, ETA 2m22s` for logs: one line per report. */
export function progressLine(p: ProgressState): string {
  return `${p.label}: ${progressFigures(p)}`;
}

function progressFigures(p: ProgressState): string {
  const share = p.total === 0 ? 1 : p.done / p.total;
  const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
  const eta = rate > 0 ? duration(((p.total - p.done) / rate) * 1000) : '?';
  return `${p.done}/${p.total} (${Math.floor(share * 100)}%), ${rate.toFixed(1)}/s, ETA ${eta}`;
}

export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
