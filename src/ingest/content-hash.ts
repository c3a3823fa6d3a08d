import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/**
 * SHA-256 of a file's bytes and of its metadata sidecars (`a.txt.json`, `a.json`) when present, so an
 * index notices a changed author as well as changed text.
 */
export async function contentHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(path));
  for (const sidecar of [`${path}.json`, path.replace(/\.[^./\\]+$/u, '.json')]) {
    if (sidecar === path) continue;
    try {
      const bytes = await readFile(sidecar);
      hash.update(`\0${sidecar.slice(path.length - 0)}\0`);
      hash.update(bytes);
    } catch {
      // No sidecar: the hash is the file's alone.
    }
  }
  return hash.digest('hex');
}
