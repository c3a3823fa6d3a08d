/**
 * `.docx` → text, blocks and metadata. The archive is checked by {@link guardDocx} before mammoth sees
 * it; mammoth turns Word styles into HTML (the style map below names the Chinese style names too), and
 * {@link blocksFromHtml} turns that into the plain text every span points into.
 */
import type { Block, DocumentMeta } from '../../model.js';
import { parseCoreProperties } from './core-properties.js';
import { TITLE_CLASS, blocksFromHtml } from './docx-blocks.js';
import { mergeMeta } from './meta-fields.js';
import { notDocx } from './zip-directory.js';
import { guardDocx } from './zip-guard.js';

export interface DocxContent {
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly meta: DocumentMeta;
  readonly warnings: readonly string[];
}

const CORE_PROPERTIES = 'docProps/core.xml';
const LEVELS = [1, 2, 3, 4, 5, 6] as const;

/**
 * Word's built-in heading styles as Word, WPS and LibreOffice name them in English and Chinese
 * (`Heading 1`, `heading 1`, `标题 1`, `标题1`); mammoth compares names case-insensitively. The Title
 * style (`Title`, Chinese `标题`) stays a paragraph, marked by a class so it can fill `meta.title`.
 */
export const DOCX_STYLE_MAP: readonly string[] = [
  `p[style-name='Title'] => p.${TITLE_CLASS}:fresh`,
  `p[style-name='标题'] => p.${TITLE_CLASS}:fresh`,
  ...LEVELS.flatMap((n) => [
    `p[style-name='Heading ${n}'] => h${n}:fresh`,
    `p[style-name='标题 ${n}'] => h${n}:fresh`,
    `p[style-name='标题${n}'] => h${n}:fresh`,
  ]),
];

async function convert(path: string, bytes: Uint8Array): Promise<{ html: string; warnings: string[] }> {
  try {
    // Loaded with the first .docx: mammoth and its zip and XML libraries take ~0.07 s to load, a
    // twentieth of a cold check of a plain-text draft that never needs them.
    const { default: mammoth } = await import('mammoth');
    // Images are not needed and not read: an empty `src` spares decoding them into data URIs.
    const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml(
      { buffer },
      { styleMap: [...DOCX_STYLE_MAP], includeEmbeddedStyleMap: false, convertImage: skipImages, externalFileAccess: false },
    );
    // Mammoth's warnings are about unmapped styles (harmless here); its errors mean lost content.
    const warnings = result.messages.filter((m) => m.type === 'error').map((m) => `docx: ${m.message}`);
    return { html: result.value, warnings };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw notDocx(path, message.split('\n')[0]!.replace(/\s+/gu, ' ').trim() || 'mammoth could not read it');
  }
}

/** Reads the `.docx` in `bytes`; every failure is an {@link IngestError} naming `path`. */
export async function readDocx(path: string, bytes: Uint8Array): Promise<DocxContent> {
  const parts = guardDocx(path, bytes, [CORE_PROPERTIES]);
  const { html, warnings } = await convert(path, bytes);
  const { text, blocks, title } = blocksFromHtml(html);
  const core = parts.get(CORE_PROPERTIES);
  const fromStyles: DocumentMeta = title === null ? {} : { title };
  const meta = mergeMeta(fromStyles, core ? parseCoreProperties(core) : {});
  return { text, blocks, meta, warnings };
}
