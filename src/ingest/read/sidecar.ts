/**
 * Sidecar metadata: `report.txt.json` (tried first) or `report.json` beside `report.txt`, holding
 * `{ "title", "author", "date", "source" }` (Chinese keys too). A sidecar only ever adds information, so a
 * broken one is a warning, never a reason to fail reading the document.
 *
 * Nearly every document has no sidecar, so the look-up is two `stat` calls that find nothing; they are
 * synchronous and told not to throw for a missing file, which costs a few µs instead of the ~30 µs of a
 * rejected promise carrying an error from the thread pool (see `read.ts`).
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { DocumentMeta } from '../../model.js';
import { metaFromFields } from './meta-fields.js';

/** A sidecar is a few lines of JSON; anything bigger is not one, and is not read into memory. */
const MAX_SIDECAR_BYTES = 1024 * 1024;

export interface Sidecar {
  readonly path: string;
  readonly meta: DocumentMeta;
  readonly warnings: readonly string[];
}

/** `a/b.txt` → `a/b.txt.json`, `a/b.json`: where sidecars are looked for, in order. */
export function sidecarCandidates(path: string): readonly string[] {
  const extension = extname(path);
  const stem = extension === '' ? path : path.slice(0, -extension.length);
  return [`${path}.json`, `${stem}.json`];
}

/** Metadata from a sidecar's text; malformed content yields warnings and empty metadata. */
export function parseSidecar(path: string, json: string): Sidecar {
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/u, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { path, meta: {}, warnings: [`ignored sidecar ${path}: not valid JSON (${reason})`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { path, meta: {}, warnings: [`ignored sidecar ${path}: expected a JSON object`] };
  }
  const { meta, rejected } = metaFromFields(Object.entries(value));
  const warnings = rejected.map((name) => `sidecar ${path}: field "${name}" is not text, ignored`);
  return { path, meta, warnings };
}

/** Reads the first sidecar beside `documentPath` that exists, or returns null when there is none. */
export async function readSidecar(documentPath: string): Promise<Sidecar | null> {
  for (const path of sidecarCandidates(documentPath)) {
    let size: number;
    try {
      const info = statSync(path, { throwIfNoEntry: false });
      if (!info?.isFile()) continue;
      size = info.size;
    } catch {
      continue;
    }
    if (size > MAX_SIDECAR_BYTES) {
      return { path, meta: {}, warnings: [`ignored sidecar ${path}: over 1 MB, too large for metadata`] };
    }
    try {
      return parseSidecar(path, readFileSync(path, 'utf8'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'read error';
      return { path, meta: {}, warnings: [`ignored sidecar ${path}: cannot read it (${code})`] };
    }
  }
  return null;
}
