/**
 * Guards against zip bombs and junk before a `.docx` reaches mammoth (which unpacks with JSZip and would
 * inflate whatever it is given into memory). The declared sizes in the central directory are checked
 * against limits, then every XML part, which is all mammoth reads once images are not converted, is
 * inflated here with its output capped at the declared size, so an archive that lies is caught too.
 */
import { inflateRawSync } from 'node:zlib';
import { type ZipEntry, entryData, notDocx, readCentralDirectory } from './zip-directory.js';

const MIB = 1024 * 1024;

/**
 * Most uncompressed bytes a `.docx` may declare: 200 MiB. Text-only reports of hundreds of pages unpack
 * to a few MB of XML; only embedded media push a real document near this, and those are never inflated.
 */
export const MAX_UNCOMPRESSED_BYTES = 200 * MIB;

/**
 * Highest compression ratio allowed for an entry over {@link RATIO_CHECKED_FROM} bytes. Word XML deflates
 * 5–20:1 (highly repetitive tables reach ~50:1); a bomb of zeros deflates ~1000:1. Small entries are
 * exempt because a tiny repetitive part (a settings file, an empty header) can legitimately exceed it.
 */
export const MAX_COMPRESSION_RATIO = 200;
export const RATIO_CHECKED_FROM = 1 * MIB;

/** A `.docx` has tens of parts; an archive with more entries than this is not one a word processor wrote. */
export const MAX_ENTRIES = 10_000;

const STORED = 0;
const DEFLATE = 8;
const ENCRYPTED_FLAG = 0x1;

const isXmlPart = (name: string): boolean => /\.(?:xml|rels)$/iu.test(name);

/** Throws unless the declared sizes, methods and names of `entries` are those of a sane `.docx`. */
function checkDeclared(path: string, entries: readonly ZipEntry[]): void {
  if (entries.length > MAX_ENTRIES) throw notDocx(path, `${entries.length} zip entries, more than ${MAX_ENTRIES}`);
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & ENCRYPTED_FLAG) throw notDocx(path, `zip entry ${entry.name} is encrypted`);
    if (entry.method !== STORED && entry.method !== DEFLATE) {
      throw notDocx(path, `zip entry ${entry.name} uses unsupported compression method ${entry.method}`);
    }
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_CHECKED_FROM && ratio > MAX_COMPRESSION_RATIO) {
      throw notDocx(path, `zip entry ${entry.name} expands ${Math.round(ratio)}:1, a zip bomb?`);
    }
  }
  if (total > MAX_UNCOMPRESSED_BYTES) {
    throw notDocx(path, `unpacks to ${Math.round(total / MIB)} MB, over the ${MAX_UNCOMPRESSED_BYTES / MIB} MB limit`);
  }
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw notDocx(path, 'no word/document.xml in the archive');
  }
}

/** The uncompressed bytes of `entry`, never more than it declares. */
export function inflateEntry(path: string, bytes: Uint8Array, entry: ZipEntry): Buffer {
  const compressed = entryData(path, bytes, entry);
  let content: Buffer;
  if (entry.method === STORED) {
    content = Buffer.from(compressed.buffer, compressed.byteOffset, compressed.byteLength);
  } else {
    try {
      content = inflateRawSync(compressed, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (error) {
      const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      throw notDocx(path, `zip entry ${entry.name} is ${tooLarge ? 'larger than it declares, a zip bomb?' : 'corrupt'}`);
    }
  }
  if (content.length !== entry.uncompressedSize) {
    throw notDocx(path, `zip entry ${entry.name} is corrupt (its size differs from the zip directory)`);
  }
  return content;
}

/**
 * Checks that `bytes` are a `.docx` safe to unpack, inflating every XML part once to prove its size, and
 * returns the parts named in `keep` (e.g. `docProps/core.xml`) that are present, so they need no second pass.
 */
export function guardDocx(path: string, bytes: Uint8Array, keep: readonly string[] = []): ReadonlyMap<string, Buffer> {
  const entries = readCentralDirectory(path, bytes);
  checkDeclared(path, entries);
  const kept = new Map<string, Buffer>();
  for (const entry of entries) {
    if (!isXmlPart(entry.name)) continue;
    const content = inflateEntry(path, bytes, entry);
    if (keep.includes(entry.name)) kept.set(entry.name, content);
  }
  return kept;
}
