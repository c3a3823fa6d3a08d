import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { IngestError } from '../errors.js';
import { formatOf } from './read/format.js';

export interface FoundFile {
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the root, '/'-separated: how the index and reports name the document. */
  readonly relative: string;
}

/**
 * The readable files (.txt, .md, .docx) under the given files and folders, in a stable order, and the
 * root their relative paths start from: a folder given alone is its own root; otherwise the deepest
 * folder holding every input. Hidden entries and sidecar `.json` files are skipped.
 */
export async function listFiles(inputs: readonly string[]): Promise<{ root: string; files: FoundFile[] }> {
  const absolute = inputs.map((input) => resolve(input));
  const kinds = await Promise.all(
    absolute.map(async (path, i) => {
      try {
        return (await stat(path)).isDirectory() ? 'dir' : 'file';
      } catch {
        throw new IngestError(inputs[i]!, 'no such file or directory');
      }
    }),
  );
  const root =
    absolute.length === 1 && kinds[0] === 'dir' ? absolute[0]! : commonFolder(absolute.map((p, i) => (kinds[i] === 'dir' ? p : dirname(p))));
  const found = new Map<string, FoundFile>();
  for (const [i, path] of absolute.entries()) {
    const paths = kinds[i] === 'dir' ? await walk(path) : [path];
    for (const p of paths) found.set(p, { path: p, relative: relative(root, p).split(sep).join('/') });
  }
  const files = [...found.values()].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return { root, files };
}

async function walk(folder: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && isReadable(entry.name)) out.push(path);
  }
  return out;
}

function isReadable(name: string): boolean {
  try {
    formatOf(name);
    return true;
  } catch {
    return false;
  }
}

function commonFolder(folders: readonly string[]): string {
  let common = folders[0]!.split(sep);
  for (const folder of folders.slice(1)) {
    const parts = folder.split(sep);
    let n = 0;
    while (n < common.length && n < parts.length && common[n] === parts[n]) n++;
    common = common.slice(0, n);
  }
  return common.join(sep) || sep;
}
