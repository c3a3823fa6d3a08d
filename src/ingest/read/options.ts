/**
 * What callers pass to the reader, and the same options with defaults filled in once.
 */
import { UsageError } from '../../errors.js';

const MIB = 1024 * 1024;

/**
 * Largest file the reader accepts by default: 32 MiB.
 * A 200-page report is about 1 MB as UTF-8 text and a few MB as `.docx` with figures, so 32 MiB leaves
 * ample room while bounding memory: decoded text costs up to twice the bytes as a UTF-16 string, and a
 * `.docx` is unpacked on top of that.
 */
export const DEFAULT_MAX_BYTES = 32 * MIB;

/** Options a user (or the CLI, from `--encoding`, `--replace-invalid`, `--max-size`) passes to the reader. */
export interface ReadOptions {
  /** Decode `.txt` / `.md` with this encoding instead of detecting it, e.g. `gbk`, `gb18030`, `utf-16le`. */
  readonly encoding?: string;
  /** Replace invalid byte sequences with U+FFFD (and warn) instead of failing. */
  readonly replaceInvalid?: boolean;
  /** Refuse files larger than this many bytes; defaults to {@link DEFAULT_MAX_BYTES}. */
  readonly maxBytes?: number;
}

/** {@link ReadOptions} with every default filled in. */
export interface NormalizedReadOptions {
  readonly encoding: string | null;
  readonly replaceInvalid: boolean;
  readonly maxBytes: number;
}

export function normalizeReadOptions(options: ReadOptions = {}): NormalizedReadOptions {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new UsageError(`maximum file size must be a positive whole number of bytes, got ${String(maxBytes)}`);
  }
  const encoding = options.encoding?.trim();
  return {
    encoding: encoding ? encoding : null,
    replaceInvalid: options.replaceInvalid ?? false,
    maxBytes,
  };
}

/** `52428800` → `50.0 MB` (binary megabytes, one decimal), as users see sizes in error messages. */
export function formatSize(bytes: number): string {
  return `${(bytes / MIB).toFixed(1)} MB`;
}

/** `33554432` → `32 MB`: a limit reads better without a decimal when it is a whole number. */
export function formatLimit(bytes: number): string {
  const mib = bytes / MIB;
  return Number.isInteger(mib) ? `${mib} MB` : formatSize(bytes);
}

/** The message for a file over the size limit, shared by the `stat` check and the in-memory check. */
export function tooLargeReason(size: number, maxBytes: number): string {
  return `file is ${formatSize(size)}, over the ${formatLimit(maxBytes)} limit (raise it with --max-size)`;
}
