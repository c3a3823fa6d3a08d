/**
 * The corpus a benchmark runs over: every `.txt` file under a folder, sorted, with its size on disk.
 */
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared reference corpus, by path from the project root as its README asks. */
export const DEFAULT_CORPUS = resolve(ROOT, '../shared/corpora/reference');

/** Absolute paths of the `.txt` files under `dir` (recursively, sorted) and their total size in bytes. */
export async function listCorpus(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
  let bytes = 0;
  for (const path of paths) bytes += (await stat(path)).size;
  return { paths, bytes };
}
