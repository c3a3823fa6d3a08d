/**
 * Encoding names as users write them (`--encoding GBK`, `utf8`, `UTF-16LE`) mapped to the decoders the
 * reader knows. GBK and GB2312 are decoded as GB18030, their superset: a GBK file decodes identically.
 */
import iconv from 'iconv-lite';

/** The encodings the reader decodes and validates itself; anything else iconv-lite knows is `other`. */
export type KnownEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-16' | 'gb18030';

export type ResolvedEncoding =
  | { readonly kind: 'known'; readonly encoding: KnownEncoding }
  | { readonly kind: 'other'; readonly encoding: string };

const ALIASES: Readonly<Record<string, KnownEncoding>> = {
  utf8: 'utf-8',
  utf8bom: 'utf-8',
  utf8sig: 'utf-8',
  utf16le: 'utf-16le',
  ucs2: 'utf-16le',
  utf16be: 'utf-16be',
  utf16: 'utf-16',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  windows936: 'gb18030',
  ms936: 'gb18030',
  euccn: 'gb18030',
  xgbk: 'gb18030',
};

/** Case, `-`, `_` and spaces do not matter: `UTF_8`, `utf-8` and `utf8` are one name. */
function canonicalKey(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

/** Resolves a user-given encoding name, or returns null when neither the reader nor iconv-lite knows it. */
export function resolveEncoding(name: string): ResolvedEncoding | null {
  const known = ALIASES[canonicalKey(name)];
  if (known) return { kind: 'known', encoding: known };
  if (iconv.encodingExists(name)) return { kind: 'other', encoding: name.toLowerCase() };
  return null;
}
