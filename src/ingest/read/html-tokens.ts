/**
 * A small tokenizer for the HTML mammoth writes: start tags with quoted attributes, end tags, text.
 * Mammoth escapes `&`, `<`, `>` and `"`, emits no scripts or raw text elements, and nests properly, so
 * this does not need the full HTML parsing algorithm; it still skips comments and doctype-like markup and
 * treats a stray `<` as text rather than failing.
 */

export type HtmlToken =
  | { readonly type: 'open'; readonly name: string; readonly attributes: ReadonlyMap<string, string> }
  | { readonly type: 'close'; readonly name: string }
  | { readonly type: 'text'; readonly text: string };

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the named entities above and numeric references; anything else stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/gu, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED[body] ?? whole;
  });
}

/** Tags with no end tag; mammoth writes them as `<br />`, but `<br>` is accepted too. */
const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'col', 'wbr']);

// Sticky (`y`) patterns match exactly at `lastIndex`, so nothing is sliced and no length is assumed.
const TAG_NAME = /[a-zA-Z][a-zA-Z0-9-]*/uy;
const ATTRIBUTE = /\s*([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/uy;
const TAG_END = /\s*(\/?)>/uy;
const END_TAG = /<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>/uy;
const MARKUP = /<[!?][^>]*>/uy;

function matchAt(pattern: RegExp, html: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(html);
}

interface Parsed {
  readonly tokens: HtmlToken[];
  readonly next: number;
}

/** Parses a start tag at `html[at] === '<'`, or returns null when it is not one. */
function startTag(html: string, at: number): Parsed | null {
  const name = matchAt(TAG_NAME, html, at + 1)?.[0];
  if (!name) return null;
  let rest = at + 1 + name.length;
  const attributes = new Map<string, string>();
  for (;;) {
    const match = matchAt(ATTRIBUTE, html, rest);
    if (!match) break;
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
    rest += match[0].length;
  }
  const end = matchAt(TAG_END, html, rest);
  if (!end) return null;
  const lower = name.toLowerCase();
  const open: HtmlToken = { type: 'open', name: lower, attributes };
  const selfClosing = end[1] === '/' || VOID.has(lower);
  const tokens: HtmlToken[] = selfClosing ? [open, { type: 'close', name: lower }] : [open];
  return { tokens, next: rest + end[0].length };
}

/** Tokens of `html` in order; a void or self-closing tag yields an open token followed by a close token. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') tokens.push({ type: 'text', text: decodeEntities(text) });
    text = '';
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const close = matchAt(END_TAG, html, lt);
    const markup = matchAt(MARKUP, html, lt);
    const open = close || markup ? null : startTag(html, lt);
    if (close) {
      flush();
      tokens.push({ type: 'close', name: close[1]!.toLowerCase() });
      i = lt + close[0].length;
    } else if (markup) {
      i = lt + markup[0].length;
    } else if (open) {
      flush();
      tokens.push(...open.tokens);
      i = open.next;
    } else {
      text += '<';
      i = lt + 1;
    }
  }
  flush();
  return tokens;
}
