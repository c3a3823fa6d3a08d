import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Which BMP code units opencc's traditional → simplified conversion changes on their own: one byte per
 * code unit, 1 where it does. Building the table converts every character of the CJK blocks, ~55 ms of
 * CPU plus ~15 ms to load opencc, which a cold check of a simplified draft paid for nothing; so
 * `npm run build` stores it beside this module (`traditional-table.json`, written by
 * scripts/traditional-table.mjs) and a process reads it back in well under a millisecond. A stored table
 * made from another opencc-js version, or none at all (tests run from `src`), means building it again.
 */
export type TraditionalTable = Uint8Array;

/** Converts text as opencc does (`from: 't', to: 'cn'`). */
export type Convert = (text: string) => string;

/** The CJK blocks whose characters conversion may change on their own. */
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** Where the build stores the table: beside the compiled module. */
export const STORED_TABLE = fileURLToPath(new URL('traditional-table.json', import.meta.url));

const require = createRequire(import.meta.url);

/**
 * opencc's t → cn converter, loaded when first needed. The `t2cn` build holds only the dictionaries of
 * that conversion (110 kB against 1.2 MB for the full one; a test checks that both convert alike).
 */
export function openccConverter(): Convert {
  const OpenCC = require('opencc-js/t2cn') as typeof import('opencc-js');
  return OpenCC.Converter({ from: 't', to: 'cn' }) as Convert;
}

/** The installed opencc-js version, which a stored table must have been made with. */
export function openccVersion(): string {
  const entry = require.resolve('opencc-js/t2cn'); // …/opencc-js/dist/umd/t2cn.js
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** The table, by converting each character of the CJK blocks (one call per block, characters apart). */
export function buildTraditionalTable(convert: Convert): TraditionalTable {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of RANGES) {
    const chars: string[] = [];
    for (let cp = from; cp <= to; cp++) chars.push(String.fromCodePoint(cp));
    const converted = convert(chars.join('\n')).split('\n');
    if (converted.length !== chars.length) {
      for (const c of chars) if (convert(c) !== c) table[c.codePointAt(0)!] = 1;
      continue;
    }
    converted.forEach((c, i) => {
      if (c !== chars[i]) table[from + i] = 1;
    });
  }
  return table;
}

/** The stored form: the opencc-js version and the code units marked, as gaps from the previous one. */
interface StoredTable {
  readonly opencc: string;
  readonly gaps: readonly number[];
}

export function encodeTraditionalTable(table: TraditionalTable, opencc: string): string {
  const gaps: number[] = [];
  let previous = 0;
  for (let unit = 0; unit < table.length; unit++) {
    if (table[unit] === 1) {
      gaps.push(unit - previous);
      previous = unit;
    }
  }
  return `${JSON.stringify({ opencc, gaps } satisfies StoredTable)}\n`;
}

/** The table stored by the build, or null when there is none or it was made from another opencc-js. */
export function readStoredTable(file: string = STORED_TABLE): TraditionalTable | null {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredTable;
    if (stored.opencc !== openccVersion()) return null;
    const table = new Uint8Array(0x10000);
    let unit = 0;
    for (const gap of stored.gaps) table[(unit += gap)] = 1;
    return table;
  } catch {
    return null;
  }
}
