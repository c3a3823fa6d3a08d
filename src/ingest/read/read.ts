/**
 * `readDocument`: a file on disk → {@link RawDocument}; the file-system edge of the reader.
 *
 * The path is checked with `stat` before it is opened (a FIFO would block `open`; a directory, an empty
 * file or a 2 GB log must not be read), the format is checked before any byte is read, and the read takes
 * at most the size `stat` reported, so a file that grows meanwhile cannot push memory past the limit.
 * {@link readBytes} does the rest; sidecar metadata beside the file is merged last and wins.
 *
 * The file-system calls are synchronous. Documents are small (a report is a few kB) and usually local, so
 * each call takes microseconds, while the same call through the promise API costs 20–30 µs of CPU for the
 * hand-off to libuv's thread pool and back: measured on the reference corpus, stat + open + read + close
 * took about 90 µs of CPU per file asynchronously against about 10 µs synchronously, more than normalising
 * a whole 5 kB report.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { IngestError } from '../../errors.js';
import type { RawDocument } from '../../model.js';
import { formatOf } from './format.js';
import { fsErrorReason } from './fs-error.js';
import { mergeMeta } from './meta-fields.js';
import { type ReadOptions, normalizeReadOptions, tooLargeReason } from './options.js';
import { readBytes } from './read-bytes.js';
import { readSidecar } from './sidecar.js';

/** Checks that `path` is a non-empty regular file within `maxBytes`; returns its size. */
function checkFile(path: string, maxBytes: number): number {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    throw new IngestError(path, fsErrorReason(error));
  }
  if (info.isDirectory()) throw new IngestError(path, 'is a directory, expected a file');
  if (!info.isFile()) throw new IngestError(path, 'not a regular file (a device, socket or pipe)');
  if (info.size === 0) throw new IngestError(path, 'empty file');
  if (info.size > maxBytes) throw new IngestError(path, tooLargeReason(info.size, maxBytes));
  return info.size;
}

/** Reads `path`, which {@link checkFile} found to be `size` bytes, into one buffer of `size + 1`. */
function readFileBounded(path: string, size: number): Buffer {
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new IngestError(path, fsErrorReason(error));
  }
  try {
    // One byte more than expected reveals a file that grew since `stat`; the read stops there.
    const buffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > size) throw new IngestError(path, 'file changed while being read (try again)');
    if (length === 0) throw new IngestError(path, 'empty file');
    return buffer.subarray(0, length);
  } catch (error) {
    throw error instanceof IngestError ? error : new IngestError(path, fsErrorReason(error));
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the `.txt`, `.md` or `.docx` file at `path`. Every problem with the file is an
 * {@link IngestError} with a one-line message; problems that do not stop reading are `warnings`.
 */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<RawDocument> {
  const { maxBytes } = normalizeReadOptions(options);
  const size = checkFile(path, maxBytes);
  formatOf(path); // an unsupported format fails before the file is read
  const document = await readBytes(path, readFileBounded(path, size), options);
  const sidecar = await readSidecar(path);
  if (!sidecar) return document;
  return {
    ...document,
    meta: mergeMeta(document.meta, sidecar.meta),
    warnings: [...document.warnings, ...sidecar.warnings],
  };
}
