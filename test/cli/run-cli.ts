/**
 * Runs the CLI in-process through `main(argv, io)` with an `Io` that captures both streams, so tests see
 * exactly what a user would see and the exit code `bin/wenchao.js` would set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

/** The repository root: the CLI's working directory in these tests (its `corpora/userdict.txt` is loaded). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(argv: readonly string[], options: { cwd?: string; isTty?: boolean } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isTty: options.isTty ?? false,
    cwd: options.cwd ?? ROOT,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** The lines of a stream's output, without the empty string after the final newline. */
export function linesOf(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/u, '').split('\n');
}

/** A fresh temporary folder and a function that removes it. */
export function tempDir(prefix: string): { dir: string; at: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, at: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
