import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ConfigError } from './config-error.js';
import type { NormalizedConfig } from './config.js';
import { validateConfig } from './validate.js';

export const CONFIG_FILE = '.wenchaorc.json';
export const IGNORE_FILE = '.wenchaoignore';

/**
 * The configuration that applies in `cwd`: the file `--config` names, else the nearest `.wenchaorc.json`
 * or `package.json` with a `wenchao` field, from `cwd` upward, stopping at the top of a git repository.
 * Without one, the defaults with `cwd` as root. `.wenchaoignore` beside the configuration (or in `cwd`)
 * adds to `ignore`.
 */
export function loadConfig(cwd: string, explicit?: string): NormalizedConfig {
  const found = explicit ? { file: resolve(cwd, explicit), field: explicit.endsWith('package.json') } : findConfig(cwd);
  let config: NormalizedConfig;
  if (!found) config = validateConfig({}, null, cwd);
  else {
    const name = displayName(cwd, found.file);
    const text = readText(found.file, name);
    const parsed = parseJson(text, name);
    const value = found.field ? (parsed as Record<string, unknown> | null)?.['wenchao'] : parsed;
    if (found.field && value === undefined) throw new ConfigError(name, 'has no "wenchao" field');
    config = validateConfig(value, found.file, dirname(found.file), found.field ? `${name} (wenchao)` : name);
  }
  const ignoreFile = join(config.root, IGNORE_FILE);
  if (!existsSync(ignoreFile)) return config;
  const lines = readText(ignoreFile, displayName(cwd, ignoreFile)).split(/\r?\n/u);
  return { ...config, ignore: [...config.ignore, ...lines] };
}

function findConfig(cwd: string): { file: string; field: boolean } | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const rc = join(dir, CONFIG_FILE);
    if (existsSync(rc)) return { file: rc, field: false };
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && hasField(pkg)) return { file: pkg, field: true };
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return null;
  }
}

function hasField(pkg: string): boolean {
  try {
    const value = JSON.parse(readFileSync(pkg, 'utf8')) as unknown;
    return typeof value === 'object' && value !== null && 'wenchao' in value;
  } catch {
    return false;
  }
}

function readText(file: string, name: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(name, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, expected a file' : `cannot read (${code ?? 'error'})`);
  }
}

/** JSON.parse with the position turned into a line and column, in one line. */
function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!;
    const position = /position (\d+)/u.exec(message);
    if (!position) throw new ConfigError(name, `invalid JSON: ${message}`);
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw new ConfigError(name, `invalid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/u, '')}`);
  }
}

function displayName(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') || rel === '' ? file : rel;
}
