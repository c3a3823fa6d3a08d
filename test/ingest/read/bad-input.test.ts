import { chmodSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError, UsageError } from '../../../src/errors.js';
import { DEFAULT_MAX_BYTES, readBytes, readDocument } from '../../../src/ingest/read/index.js';
import { fsErrorReason } from '../../../src/ingest/read/fs-error.js';
import { buildDocx, docxEntries, buildZip, paragraph } from './build-docx.js';

const REPORT = '一、基本情况\n今年以来，我县统筹推进数字乡村建设，成效明显。\n';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

let dir: string;
const at = (name: string): string => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wenchao-read-'));
  mkdirSync(at('folder.txt'));
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('bom-only.txt'), Buffer.from([0xef, 0xbb, 0xbf]));
  writeFileSync(at('image.txt'), PNG);
  writeFileSync(at('paper.md'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
  writeFileSync(at('renamed.txt'), buildDocx({ body: paragraph('正文') }));
  writeFileSync(at('nul.txt'), Buffer.concat([Buffer.from('报告'), Buffer.from([0x00, 0x00, 0x01, 0x00]), Buffer.from('正文')]));
  writeFileSync(at('utf16-no-bom.txt'), Buffer.from('1. Summary\n', 'utf16le'));
  writeFileSync(at('report.pdf'), '%PDF-1.7');
  writeFileSync(at('notes'), REPORT);
  writeFileSync(at('punctuation.txt'), '……——，。！？\n\u3000\u3000“”《》\n');
  writeFileSync(at('not-a-zip.docx'), REPORT);
  writeFileSync(at('truncated.docx'), buildDocx({ body: paragraph('正文') }).subarray(0, 300));
  writeFileSync(at('no-document.docx'), buildZip(docxEntries({ body: '' }).filter((e) => e.name !== 'word/document.xml')));
  writeFileSync(at('big.txt'), '');
  truncateSync(at('big.txt'), 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
  writeFileSync(at('locked.txt'), REPORT);
  chmodSync(at('locked.txt'), 0o000);
  writeFileSync(at('UPPER.TXT'), REPORT);
});

afterAll(() => {
  chmodSync(at('locked.txt'), 0o644);
  rmSync(dir, { recursive: true, force: true });
});

/** The one-line message the CLI prints after `wenchao: `, without the path prefix. */
async function reason(name: string, options = {}): Promise<string> {
  const error = await readDocument(at(name), options).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(IngestError);
  const message = (error as IngestError).message;
  expect(message.startsWith(`${at(name)}: `)).toBe(true);
  expect(message).not.toContain('\n');
  return message.slice(at(name).length + 2);
}

describe('bad input is a one-line IngestError', () => {
  it.each([
    ['missing.txt', 'no such file'],
    ['folder.txt', 'is a directory, expected a file'],
    ['empty.txt', 'empty file'],
    ['bom-only.txt', 'empty file (only a byte-order mark)'],
    ['image.txt', 'binary file, not text (PNG image)'],
    ['paper.md', 'binary file, not text (PDF document)'],
    ['renamed.txt', 'binary file, not text (zip archive, perhaps a .docx)'],
    ['nul.txt', 'binary file, not text (NUL byte at 6)'],
    ['utf16-no-bom.txt', 'binary file, not text (NUL bytes; UTF-16 without a BOM? try --encoding utf-16le)'],
    ['report.pdf', 'unsupported format ".pdf" (wenchao reads .txt, .md and .docx)'],
    ['notes', 'unsupported format no extension (wenchao reads .txt, .md and .docx)'],
    ['not-a-zip.docx', 'not a valid .docx (not a zip archive)'],
    ['truncated.docx', 'not a valid .docx (zip archive is truncated: no end of central directory)'],
    ['no-document.docx', 'not a valid .docx (no word/document.xml in the archive)'],
    ['big.txt', 'file is 50.0 MB, over the 32 MB limit (raise it with --max-size)'],
  ])('%s → %s', async (name, expected) => {
    expect(await reason(name)).toBe(expected);
  });

  it('checks the size limit before reading, and honours a lower one', async () => {
    expect(DEFAULT_MAX_BYTES).toBe(32 * 1024 * 1024);
    expect(await reason('UPPER.TXT', { maxBytes: 10 })).toBe('file is 0.0 MB, over the 0.0 MB limit (raise it with --max-size)');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a size limit of %s as a usage error', async (maxBytes) => {
    await expect(readBytes('a.txt', Buffer.from(REPORT), { maxBytes })).rejects.toBeInstanceOf(UsageError);
  });

  it.skipIf(process.getuid?.() === 0)('permission denied (skipped as root, who may read anything)', async () => {
    expect(await reason('locked.txt')).toBe('permission denied');
  });

  it.each([
    ['ENOENT', 'no such file'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EISDIR', 'is a directory, expected a file'],
    ['EXDEV', 'cannot read the file (EXDEV)'],
  ])('maps the errno %s to "%s"', (code, expected) => {
    expect(fsErrorReason(Object.assign(new Error('x'), { code }))).toBe(expected);
  });
});

describe('input that is odd but readable', () => {
  it('only punctuation and whitespace: read, with a warning', async () => {
    const document = await readDocument(at('punctuation.txt'));
    expect(document.text).toBe('……——，。！？\n\u3000\u3000“”《》\n');
    expect(document.warnings).toEqual(['no text content (only punctuation and whitespace)']);
  });

  it('an upper-case extension', async () => {
    const document = await readDocument(at('UPPER.TXT'));
    expect(document).toMatchObject({ format: 'txt', encoding: 'utf-8', text: REPORT, path: at('UPPER.TXT') });
  });
});
