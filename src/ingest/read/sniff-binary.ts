/**
 * Is a file given as `.txt` / `.md` really text? Known magic numbers name what it is instead (a PDF or a
 * `.docx` renamed to `.txt` is the usual mistake); a NUL byte, which no text encoding but UTF-16/32 uses,
 * marks any other binary file.
 */

interface Magic {
  readonly name: string;
  readonly bytes: readonly number[];
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** Signatures from the file formats' specifications (PNG §5.2, PDF 1.7 §7.5.2, APPNOTE.TXT §4.3.7 …). */
const MAGICS: readonly Magic[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: ascii('GIF8') },
  { name: 'RIFF media file (WebP, WAV, AVI)', bytes: ascii('RIFF') },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'PDF document', bytes: ascii('%PDF-') },
  { name: 'zip archive, perhaps a .docx', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'zip archive, perhaps a .docx', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'Word 97-2003 or other OLE2 file', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b, 0x08] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', bytes: ascii('Rar!\x1a\x07') },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

function matches(bytes: Uint8Array, magic: Magic): boolean {
  return bytes.length >= magic.bytes.length && magic.bytes.every((byte, i) => bytes[i] === byte);
}

/** The bytes inspected for the UTF-16 hint: enough for a few lines of text. */
const HINT_SAMPLE = 1024;

/**
 * Why NULs: in UTF-16 without a BOM, ASCII characters (digits, line breaks) put every NUL at the same
 * parity; two or more NULs all even or all odd are taken as that sign, anything else as binary data.
 */
function nulReason(bytes: Uint8Array, first: number): string {
  let even = 0;
  let odd = 0;
  const end = Math.min(bytes.length, HINT_SAMPLE);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (odd >= 2 && even === 0) return `NUL bytes; UTF-16 without a BOM? try --encoding utf-16le`;
  if (even >= 2 && odd === 0) return `NUL bytes; UTF-16 without a BOM? try --encoding utf-16be`;
  return `NUL byte at ${first}`;
}

/**
 * What binary file `bytes` look like, or null for text. `allowNul` is for UTF-16 input, where NUL bytes
 * are part of ordinary characters.
 */
export function binaryKind(bytes: Uint8Array, allowNul: boolean): string | null {
  const magic = MAGICS.find((candidate) => matches(bytes, candidate));
  if (magic) return magic.name;
  if (allowNul) return null;
  const nul = bytes.indexOf(0);
  return nul < 0 ? null : nulReason(bytes, nul);
}
