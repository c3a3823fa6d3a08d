import { resolve } from 'node:path';
import { IngestError } from '../errors.js';
import { ingestFile } from '../ingest/ingest.js';
import type { ReadOptions } from '../ingest/read/options.js';
import type { Document } from '../model.js';

/**
 * Ingests a file named on the command line: found relative to the command's working directory, and
 * named in the document and in any error as the user wrote it.
 */
export async function ingestInput(file: string, cwd: string, options: ReadOptions): Promise<Document> {
  const absolute = resolve(cwd, file);
  try {
    const document = await ingestFile(absolute, options);
    return { ...document, raw: { ...document.raw, path: file } };
  } catch (error) {
    if (error instanceof IngestError && absolute !== file) throw new IngestError(file, error.message.replace(`${absolute}: `, ''));
    throw error;
  }
}
