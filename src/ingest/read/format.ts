/**
 * Which reader a file goes to, decided by its extension alone (case-insensitive).
 */
import { extname } from 'node:path';
import { IngestError } from '../../errors.js';
import type { Format } from '../../model.js';

const FORMATS: Readonly<Record<string, Format>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
};

/** The format of `path` from its extension; an unknown extension is an {@link IngestError}. */
export function formatOf(path: string): Format {
  const extension = extname(path).toLowerCase();
  const format = FORMATS[extension];
  if (format) return format;
  const shown = extension === '' ? 'no extension' : `"${extension}"`;
  throw new IngestError(path, `unsupported format ${shown} (wenchao reads .txt, .md and .docx)`);
}

