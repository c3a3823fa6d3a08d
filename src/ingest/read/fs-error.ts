/**
 * File-system errors as the one-line reasons users see (`wenchao: a.txt: permission denied`), instead of
 * Node's `EACCES: permission denied, open 'a.txt'` with a stack trace.
 */

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a part of the path is not a directory)',
  EISDIR: 'is a directory, expected a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error while reading',
  EBUSY: 'file is busy or locked',
};

/** The reason to report for `error`, thrown by a `node:fs` call on the document's path. */
export function fsErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && REASONS[code] !== undefined) return REASONS[code];
  const message = error instanceof Error ? error.message : String(error);
  return `cannot read the file (${code ?? message})`;
}
