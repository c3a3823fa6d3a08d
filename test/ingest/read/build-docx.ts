/**
 * Test helpers: a zip writer small enough to trust (APPNOTE.TXT §4.3) and a minimal `.docx` built with
 * it, so tests can make documents with Chinese style names, zip bombs and broken archives on the fly.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipInput {
  readonly name: string;
  /** Uncompressed content; compressed with deflate unless `stored`. */
  readonly data?: Uint8Array | string;
  readonly stored?: boolean;
  /** Raw deflate data supplied as is (with `declaredSize`), for bombs too large to hold uncompressed. */
  readonly compressed?: Uint8Array;
  /** Uncompressed size written to the headers; defaults to the true size (a lie makes a disguised bomb). */
  readonly declaredSize?: number;
  /** Overrides written to the headers, to make archives the guard must refuse. */
  readonly method?: number;
  readonly flags?: number;
}

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(value);
  return buffer;
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value >>> 0);
  return buffer;
}

/** A zip archive of `entries`, in order, with a central directory and end record. */
export function buildZip(entries: readonly ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data ?? []);
    const body = entry.compressed ? Buffer.from(entry.compressed) : entry.stored ? raw : deflateRawSync(raw);
    const method = entry.method ?? (entry.stored && !entry.compressed ? 0 : 8);
    const size = entry.declaredSize ?? raw.length;
    const crc = entry.compressed ? 0 : crc32(raw);
    const name = Buffer.from(entry.name, 'utf8');
    const common = [u16(20), u16(entry.flags ?? 0x0800), u16(method), u16(0), u16(0x21), u32(crc), u32(body.length), u32(size), u16(name.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, name, body]);
    const central = Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directory.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A paragraph in style `styleId` (or none), as WordprocessingML. */
export function paragraph(text: string, styleId?: string): string {
  const style = styleId ? `<w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>` : '';
  return `<w:p>${style}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** A table of plain-text cells. */
export function table(rows: readonly (readonly string[])[]): string {
  const tr = (cells: readonly string[]): string => `<w:tr>${cells.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`;
  return `<w:tbl>${rows.map(tr).join('')}</w:tbl>`;
}

export interface DocxInput {
  /** `w:body` content. */
  readonly body: string;
  /** Paragraph styles: styleId → name, e.g. `{ '2': '标题 1' }` as WPS writes them. */
  readonly styles?: Readonly<Record<string, string>>;
  /** `docProps/core.xml` content, when the document has core properties. */
  readonly core?: string;
  /** Add a bulleted list definition as numbering `numId` 1 (levels 0 and 1), for `listItem`. */
  readonly bullets?: boolean;
  /** Further entries (media, junk) added to the archive. */
  readonly extra?: readonly ZipInput[];
}

/** Entries of a minimal `.docx` (before zipping), so tests can drop or alter one. */
export function docxEntries(input: DocxInput): ZipInput[] {
  const styles = Object.entries(input.styles ?? {})
    .map(([id, name]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`)
    .join('');
  const entries: ZipInput[] = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    },
    {
      name: 'word/_rels/document.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/></Relationships>`,
    },
    { name: 'word/styles.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${styles}</w:styles>` },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${input.body}</w:body></w:document>` },
  ];
  if (input.core !== undefined) entries.push({ name: 'docProps/core.xml', data: input.core });
  if (input.bullets) entries.push({ name: 'word/numbering.xml', data: BULLETS });
  return [...entries, ...(input.extra ?? [])];
}

const bulletLevel = (level: number): string =>
  `<w:lvl w:ilvl="${level}"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>`;
const BULLETS = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0">${bulletLevel(0)}${bulletLevel(1)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

/** A paragraph in the bulleted list of {@link DocxInput.bullets}, at `level` (0 = top). */
export function listItem(text: string, level = 0): string {
  return `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
}

export function buildDocx(input: DocxInput): Buffer {
  return buildZip(docxEntries(input));
}

/** `docProps/core.xml` with the given creator, title and creation date. */
export function coreXml(fields: { creator?: string; title?: string; created?: string }): string {
  const element = (name: string, value: string | undefined): string => (value === undefined ? '' : `<${name}>${value}</${name}>`);
  return `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${element('dc:title', fields.title)}${element('dc:creator', fields.creator)}${fields.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${fields.created}</dcterms:created>` : ''}</cp:coreProperties>`;
}
