import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/errors.js';
import { readBytes, readDocument } from '../../../src/ingest/read/index.js';
import { MAX_COMPRESSION_RATIO, MAX_UNCOMPRESSED_BYTES, guardDocx } from '../../../src/ingest/read/zip-guard.js';
import { type ZipInput, buildZip, docxEntries, paragraph } from './build-docx.js';

const MIB = 1024 * 1024;

/**
 * Raw deflate data for `mib` MiB of zeros, built without ever holding them: one MiB is deflated with a
 * full flush (a non-final block that leaves no state behind), repeated, and closed by an empty final
 * fixed-Huffman block (bits 1, 01, then the end-of-block code: bytes 03 00).
 */
function zeros(mib: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(MIB), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mib }, () => chunk), Buffer.from([0x03, 0x00])]);
}

/** A minimal `.docx` whose `word/document.xml` entry is replaced by `document`. */
function docxWith(document: Partial<ZipInput>, extra: readonly ZipInput[] = []): Buffer {
  const entries = docxEntries({ body: paragraph('正文'), extra }).map((entry) =>
    entry.name === 'word/document.xml' ? { ...entry, ...document } : entry,
  );
  return buildZip(entries);
}

async function reason(bytes: Buffer): Promise<string> {
  const error = await readBytes('bomb.docx', bytes).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(IngestError);
  return (error as IngestError).message.replace(/^bomb\.docx: /u, '');
}

let dir: string | null = null;
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('zip bombs disguised as .docx', () => {
  it('300 MB of zeros in word/document.xml is refused from the directory alone, quickly', async () => {
    const bomb = docxWith({ compressed: zeros(300), declaredSize: 300 * MIB });
    expect(bomb.length).toBeLessThan(1 * MIB); // ~1000:1
    dir = mkdtempSync(join(tmpdir(), 'wenchao-bomb-'));
    writeFileSync(join(dir, 'bomb.docx'), bomb);
    const started = performance.now();
    const error = await readDocument(join(dir, 'bomb.docx')).catch((caught: unknown) => caught);
    expect(performance.now() - started).toBeLessThan(1000);
    expect((error as IngestError).message).toMatch(/: not a valid \.docx \(zip entry word\/document\.xml expands \d+:1, a zip bomb\?\)$/u);
  });

  it('an entry that declares a small size but inflates to more is caught while inflating, capped', async () => {
    const lie = docxWith({ compressed: zeros(16), declaredSize: 1000 });
    expect(await reason(lie)).toBe('not a valid .docx (zip entry word/document.xml is larger than it declares, a zip bomb?)');
  });

  it('many entries, each under the ratio, that add up past the total limit', async () => {
    const noise = Buffer.alloc(MIB, 0x5a);
    const parts = [1, 2].map((n) => ({ name: `word/media/part${n}.bin`, compressed: noise, declaredSize: 120 * MIB }));
    expect((120 * MIB) / noise.length).toBeLessThanOrEqual(MAX_COMPRESSION_RATIO);
    expect(240 * MIB).toBeGreaterThan(MAX_UNCOMPRESSED_BYTES);
    expect(await reason(docxWith({}, parts))).toBe('not a valid .docx (unpacks to 240 MB, over the 200 MB limit)');
  });

  it('a small, very repetitive part is fine: the ratio applies from 1 MiB', async () => {
    const settings = { name: 'word/settings.xml', data: `<w:settings>${' '.repeat(900_000)}</w:settings>` };
    const document = await readBytes('a.docx', docxWith({}, [settings]));
    expect(document.text).toBe('正文');
  });
});

describe('junk and damage', () => {
  it.each([
    ['an unknown compression method', docxWith({ method: 12 }), 'zip entry word/document.xml uses unsupported compression method 12'],
    ['an encrypted entry', docxWith({ flags: 0x0801 }), 'zip entry word/document.xml is encrypted'],
    ['corrupt deflate data', docxWith({ compressed: Buffer.from('这不是压缩数据'), declaredSize: 100 }), 'zip entry word/document.xml is corrupt'],
    ['a declared size larger than the content', docxWith({ declaredSize: 10_000 }), 'zip entry word/document.xml is corrupt (its size differs from the zip directory)'],
    ['only a local header', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'zip archive is truncated: no end of central directory'],
    ['the central directory cut off', cutDirectory(docxWith({})), 'zip archive is truncated: central directory out of range'],
  ])('%s', async (_name, bytes, expected) => {
    expect(await reason(bytes)).toBe(`not a valid .docx (${expected})`);
  });

  it('returns the parts it is asked to keep, already inflated', () => {
    const kept = guardDocx('a.docx', docxWith({}), ['word/document.xml', 'docProps/core.xml']);
    expect([...kept.keys()]).toEqual(['word/document.xml']);
    expect(kept.get('word/document.xml')!.toString('utf8')).toContain('正文');
  });
});

/** Moves the end record's directory offset past the end, as a truncated download leaves it. */
function cutDirectory(zip: Buffer): Buffer {
  const copy = Buffer.from(zip);
  const eocd = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  copy.writeUInt32LE(copy.length, eocd + 16);
  return copy;
}
