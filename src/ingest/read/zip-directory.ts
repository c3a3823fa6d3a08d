/**
 * The central directory of a zip archive, read by hand (PKWARE APPNOTE.TXT 6.3, §4.3.12 and §4.3.16) so
 * that a `.docx` can be judged before any of it is decompressed. Every offset is checked against the
 * buffer: a truncated or hostile archive is an {@link IngestError}, never an out-of-range read.
 */
import { IngestError } from '../../errors.js';

export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflate; others are rejected by the guard. */
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** As declared by the archive: a zip bomb lies here, so the guard also checks what inflating yields. */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
/** The EOCD record ends the file, after at most a 65 535-byte comment. */
const MAX_COMMENT = 0xffff;

/** The error for anything that keeps a file from being a readable `.docx`. */
export function notDocx(path: string, reason: string): IngestError {
  return new IngestError(path, `not a valid .docx (${reason})`);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(data: DataView): number {
  const last = data.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (data.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}

/** True when `bytes` start with a zip local file header, the first thing in every zip with entries. */
function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === LOCAL_HEADER;
}

/** The entries listed in the central directory of `bytes`. */
export function readCentralDirectory(path: string, bytes: Uint8Array): ZipEntry[] {
  if (!startsLikeZip(bytes)) throw notDocx(path, 'not a zip archive');
  const data = view(bytes);
  const eocd = bytes.length >= EOCD_SIZE ? findEndOfCentralDirectory(data) : -1;
  if (eocd < 0) throw notDocx(path, 'zip archive is truncated: no end of central directory');
  const disk = data.getUint16(eocd + 4, true);
  const count = data.getUint16(eocd + 10, true);
  const size = data.getUint32(eocd + 12, true);
  const offset = data.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) {
    throw notDocx(path, 'zip64 archives are not supported');
  }
  if (disk !== 0) throw notDocx(path, 'multi-part zip archives are not supported');
  if (offset + size > eocd) throw notDocx(path, 'zip archive is truncated: central directory out of range');

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER_SIZE > offset + size || data.getUint32(at, true) !== CENTRAL_HEADER) {
      throw notDocx(path, `zip central directory is corrupt at entry ${i + 1}`);
    }
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const end = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (end > offset + size) throw notDocx(path, `zip central directory is corrupt at entry ${i + 1}`);
    const nameBytes = bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength);
    entries.push({
      name: new TextDecoder('utf-8').decode(nameBytes),
      flags: data.getUint16(at + 8, true),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    });
    at = end;
  }
  return entries;
}

/** The compressed bytes of `entry`, located through its local header (whose name may differ in length). */
export function entryData(path: string, bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes);
  const header = entry.localHeaderOffset;
  if (header + LOCAL_HEADER_SIZE > bytes.length || data.getUint32(header, true) !== LOCAL_HEADER) {
    throw notDocx(path, `zip entry ${entry.name} is missing or truncated`);
  }
  const start = header + LOCAL_HEADER_SIZE + data.getUint16(header + 26, true) + data.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw notDocx(path, `zip entry ${entry.name} is truncated`);
  return bytes.subarray(start, end);
}
