/**
 * YAML-ish front matter at the top of a Markdown file: a `---` line, `key: value` lines, and a closing
 * `---` (or `...`) line. Only flat string fields are read: the four metadata keys, in English or Chinese,
 * with `:` or the full-width `：`. It stays in the document text; only its end offset and meta come out.
 */
import type { DocumentMeta } from '../../model.js';
import { splitLines } from './lines.js';
import { metaFromFields } from './meta-fields.js';

export interface FrontMatter {
  /** Offset just past the closing line (and its line break): where the body starts. */
  readonly end: number;
  readonly meta: DocumentMeta;
}

/** How far down the closing `---` is looked for: front matter is a few lines, not a whole file. */
const MAX_FRONT_MATTER_LINES = 200;

const OPENING = /^---\s*$/;
const CLOSING = /^(?:---|\.\.\.)\s*$/;
const FIELD = /^([^:：#\s][^:：]*?)\s*[:：]\s*(.*)$/u;

/** `"标题"` and `'标题'` → `标题`; a trailing ` # comment` on an unquoted value is dropped. */
function unquote(raw: string): string {
  const value = raw.trim();
  const quoted = /^(["'])(.*)\1$/u.exec(value);
  if (quoted) return quoted[2]!;
  return value.replace(/\s+#.*$/u, '');
}

/** The front matter `text` starts with, or null when there is none (no opening or no closing line). */
export function parseFrontMatter(text: string): FrontMatter | null {
  const lines = splitLines(text).slice(0, MAX_FRONT_MATTER_LINES + 2);
  if (lines.length < 2 || !OPENING.test(lines[0]!.text)) return null;
  const closing = lines.findIndex((line, i) => i > 0 && CLOSING.test(line.text));
  if (closing < 0) return null;
  const fields: [string, string][] = [];
  for (const line of lines.slice(1, closing)) {
    const field = FIELD.exec(line.text);
    if (field) fields.push([field[1]!, unquote(field[2]!)]);
  }
  return { end: lines[closing]!.next, meta: metaFromFields(fields).meta };
}
