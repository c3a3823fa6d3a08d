import { InvalidArgumentError, Option } from 'commander';
import type { ReadOptions } from '../ingest/read/options.js';

/** Options every command that reads files accepts. */
export interface ReadFlags {
  readonly encoding?: string;
  readonly replaceInvalid?: boolean;
  readonly maxSize?: number;
}

export function toReadOptions(flags: ReadFlags): ReadOptions {
  return {
    ...(flags.encoding ? { encoding: flags.encoding } : {}),
    ...(flags.replaceInvalid ? { replaceInvalid: true } : {}),
    ...(flags.maxSize ? { maxBytes: flags.maxSize * 1024 * 1024 } : {}),
  };
}

export function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number.');
  return n;
}

/** A count of worker threads: a whole number, 0 for none. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0.');
  return n;
}

export function parseChoice<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    if ((choices as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`expected one of ${choices.join(', ')}.`);
  };
}

/** `--encoding`: every command that reads files takes it, with `--replace-invalid` and `--max-size`. */
export const encodingOption = (): Option =>
  new Option('-e, --encoding <name>', 'decode .txt/.md with this encoding instead of detecting it (utf-8, gbk, gb18030, utf-16le …)');

export const replaceInvalidOption = (): Option =>
  new Option('--replace-invalid', 'replace invalid byte sequences with U+FFFD instead of failing');

export const maxSizeOption = (): Option =>
  new Option('--max-size <MB>', 'largest file to read, in MB (default 32)').argParser(parsePositive);
