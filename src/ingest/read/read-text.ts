/**
 * `.txt` and `.md` bytes → a {@link RawDocument}: refuse binary files, pick the encoding (or take the
 * user's), decode strictly, warn about mixed line endings, and for Markdown read the front matter and
 * the blocks the syntax marks. Plain text gets no blocks: structure detection finds them later.
 */
import { IngestError } from '../../errors.js';
import type { RawDocument } from '../../model.js';
import { bomOf } from './bom.js';
import { decodeAs } from './decode.js';
import { detectEncoding } from './detect-encoding.js';
import { type ResolvedEncoding, resolveEncoding } from './encoding-name.js';
import { parseFrontMatter } from './front-matter.js';
import { mixedLineEndingWarning } from './lines.js';
import { markdownBlocks } from './markdown.js';
import type { NormalizedReadOptions } from './options.js';
import { binaryKind } from './sniff-binary.js';
import { NO_TEXT_CONTENT, hasTextContent } from './text-content.js';

function resolveOverride(path: string, name: string): ResolvedEncoding {
  const resolved = resolveEncoding(name);
  if (resolved) return resolved;
  throw new IngestError(path, `unknown encoding "${name}" (try utf-8, gb18030, gbk, utf-16le or utf-16be)`);
}

/** UTF-16 and UTF-32 put NUL bytes in ordinary text, so the binary check must not count them. */
function mayContainNul(bytes: Uint8Array, override: ResolvedEncoding | null): boolean {
  if (override) return override.kind === 'known' && override.encoding.startsWith('utf-16');
  const bom = bomOf(bytes)?.encoding;
  return bom !== undefined && bom.startsWith('utf-') && bom !== 'utf-8';
}

export async function readText(
  path: string,
  format: 'txt' | 'md',
  bytes: Uint8Array,
  options: NormalizedReadOptions,
): Promise<RawDocument> {
  const override = options.encoding === null ? null : resolveOverride(path, options.encoding);
  const binary = binaryKind(bytes, mayContainNul(bytes, override));
  if (binary) throw new IngestError(path, `binary file, not text (${binary})`);

  const encoding = override ?? (await detectEncoding(path, bytes));
  const decoded = decodeAs(path, bytes, encoding, options.replaceInvalid);
  const text = decoded.text;
  if (text === '') throw new IngestError(path, 'empty file (only a byte-order mark)');

  const warnings = [...decoded.warnings];
  const lineEndings = mixedLineEndingWarning(text);
  if (lineEndings) warnings.push(lineEndings);

  const frontMatter = format === 'md' ? parseFrontMatter(text) : null;
  const bodyStart = frontMatter?.end ?? 0;
  if (!hasTextContent(text.slice(bodyStart))) warnings.push(NO_TEXT_CONTENT);
  return {
    path,
    format,
    encoding: decoded.encoding,
    text,
    blocks: format === 'md' ? markdownBlocks(text, bodyStart) : [],
    warnings,
    meta: frontMatter?.meta ?? {},
  };
}
