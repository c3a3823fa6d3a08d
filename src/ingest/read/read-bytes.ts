/**
 * Reading a document held in memory: the whole reader minus the file system, so tests and callers with
 * content from elsewhere (an archive, a web upload) get exactly what {@link readDocument} would give,
 * except for sidecar metadata, which lives in the file system.
 */
import { IngestError } from '../../errors.js';
import type { RawDocument } from '../../model.js';
import { readDocx } from './docx.js';
import { formatOf } from './format.js';
import { type NormalizedReadOptions, type ReadOptions, normalizeReadOptions, tooLargeReason } from './options.js';
import { readText } from './read-text.js';
import { NO_TEXT_CONTENT, hasTextContent } from './text-content.js';

async function readNormalized(path: string, bytes: Uint8Array, options: NormalizedReadOptions): Promise<RawDocument> {
  const format = formatOf(path);
  if (bytes.length === 0) throw new IngestError(path, 'empty file');
  if (bytes.length > options.maxBytes) throw new IngestError(path, tooLargeReason(bytes.length, options.maxBytes));
  if (format !== 'docx') return readText(path, format, bytes, options);

  const docx = await readDocx(path, bytes);
  const warnings = hasTextContent(docx.text) ? docx.warnings : [...docx.warnings, NO_TEXT_CONTENT];
  return { path, format, encoding: 'utf-8', text: docx.text, blocks: docx.blocks, warnings, meta: docx.meta };
}

/**
 * Reads `bytes` as the content of `path` (whose extension picks the format). Throws an
 * {@link IngestError} for unsupported, binary, undecodable or malformed content.
 */
export async function readBytes(path: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<RawDocument> {
  return readNormalized(path, bytes, normalizeReadOptions(options));
}
