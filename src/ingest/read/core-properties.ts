/**
 * `docProps/core.xml` of a `.docx` (ECMA-376 Part 2, §11, Open Packaging Conventions core properties):
 * `dc:title`, `dc:creator` and `dcterms:created` become the document's title, author and date.
 */
import type { DocumentMeta } from '../../model.js';
import { bomOf } from './bom.js';
import { decodeEntities } from './html-tokens.js';
import { metaFromFields } from './meta-fields.js';

/** The text of the first element with local name `name`, whatever its namespace prefix. */
function elementText(xml: string, name: string): string | null {
  const match = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>`, 'u').exec(xml);
  if (!match) return null;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/u.exec(match[1]!);
  return cdata ? cdata[1]! : decodeEntities(match[1]!.replace(/<[^>]*>/gu, ''));
}

/** XML parts are UTF-8 unless a BOM says UTF-16 (ECMA-376 Part 2, §8.1.4). */
function decodeXml(bytes: Uint8Array): string {
  const bom = bomOf(bytes);
  if (bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be') {
    return new TextDecoder(bom.encoding).decode(bytes);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** Title, author and date from the core properties part; fields that are absent or empty are left out. */
export function parseCoreProperties(bytes: Uint8Array): DocumentMeta {
  const xml = decodeXml(bytes);
  return metaFromFields([
    ['title', elementText(xml, 'title')],
    ['author', elementText(xml, 'creator')],
    ['date', elementText(xml, 'created')],
  ]).meta;
}
