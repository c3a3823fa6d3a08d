import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildTraditionalTable,
  encodeTraditionalTable,
  openccConverter,
  openccVersion,
  readStoredTable,
} from '../../../src/ingest/normalise/traditional-table.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** What `npm run build` stores (`npm test` builds first). */
const BUILT = join(ROOT, 'dist/ingest/normalise/traditional-table.json');
const built = buildTraditionalTable(openccConverter());

describe('the stored traditional table', () => {
  const work = mkdtempSync(join(tmpdir(), 'wenchao-traditional-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('that the build wrote equals the table a process builds from the installed opencc-js', () => {
    expect(existsSync(BUILT), `${BUILT} is missing: run npm run build`).toBe(true);
    const stored = readStoredTable(BUILT);
    expect(stored).not.toBeNull();
    expect(Buffer.from(stored!).equals(Buffer.from(built))).toBe(true);
  });

  it('marks the characters conversion changes and no others', () => {
    for (const c of '臺灣經濟發乾') expect(built[c.charCodeAt(0)], c).toBe(1);
    for (const c of '台湾经济发展坚持人民,。a') expect(built[c.charCodeAt(0)], c).toBe(0);
    expect(built.reduce((n, v) => n + v, 0)).toBeGreaterThan(2000);
  });

  it('is read back as written, and not at all when made from another opencc-js version or missing', () => {
    const file = join(work, 'table.json');
    writeFileSync(file, encodeTraditionalTable(built, openccVersion()));
    expect(Buffer.from(readStoredTable(file)!).equals(Buffer.from(built))).toBe(true);
    writeFileSync(file, encodeTraditionalTable(built, '0.0.0-other'));
    expect(readStoredTable(file)).toBeNull();
    expect(readStoredTable(join(work, 'missing.json'))).toBeNull();
    writeFileSync(file, '{"opencc":');
    expect(readStoredTable(file)).toBeNull();
  });
});

describe('opencc’s t2cn build', () => {
  it('converts like the full opencc-js, every character and phrases', () => {
    const full = OpenCC.Converter({ from: 't', to: 'cn' });
    const t2cn = openccConverter();
    const chars: string[] = [];
    for (let cp = 0x20; cp < 0x30000; cp++) if (cp < 0xd800 || cp > 0xdfff) chars.push(String.fromCodePoint(cp));
    for (const text of [chars.join('\n'), chars.join(''), '乾隆年間天氣乾燥，推進鄉村振興，發展壯大集體經濟。臺灣的頭髮']) {
      expect(t2cn(text)).toBe(full(text));
    }
  });
});
