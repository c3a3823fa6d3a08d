import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, Span } from '../../../src/model.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The text a span covers. */
export const at = (text: string, span: Span): string => text.slice(span.start, span.end);

/** A fixture of test/fixtures/structure, as written (LF line endings). */
export function fixture(name: string): string {
  return readFileSync(join(repo, 'test/fixtures/structure', name), 'utf8');
}

/** Blocks as a Markdown reader would mark them: `#` lines are headings (span with the `#`s), others paragraphs. */
export function markdownBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let inFrontMatter = text.startsWith('---\n');
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (inFrontMatter && start > 0 && line === '---') inFrontMatter = false;
    else if (!inFrontMatter && line.trim() !== '') {
      const hashes = /^(#{1,6}) /.exec(line)?.[1]?.length;
      blocks.push(hashes ? { start, end, kind: 'heading', level: hashes } : { start, end, kind: 'paragraph' });
    }
    start = end + 1;
  }
  return blocks;
}

/** The shared reference corpus beside the repository, or null when it is not there. */
export const CORPUS = resolve(repo, '../shared/corpora/reference');
export const hasCorpus = existsSync(CORPUS);

/** Every `every`-th `.txt` file of the corpus (sorted, so the sample is the same each run). */
export function corpusSample(every: number): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.txt')) files.push(path);
    }
  };
  if (hasCorpus) walk(CORPUS);
  return files.filter((_, i) => i % every === 0);
}
