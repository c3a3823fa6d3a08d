import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/errors.js';
import { decodeAs } from '../../../src/ingest/read/decode.js';
import { readBytes } from '../../../src/ingest/read/index.js';
import { firstInvalidUtf8, scanUtf8 } from '../../../src/ingest/read/utf8-scan.js';

/** A report paragraph with the heading styles 一、 and （一）, figures, quotes and full-width punctuation. */
const REPORT = [
  '关于加强基层治理能力建设的调研报告',
  '一、基本情况',
  '近年来，我市坚持党建引领，推动治理重心下移，全市1286个村（社区）全部建立网格化服务管理体系，群众满意度达到96.5%。',
  '（一）主要做法',
  '一是健全组织体系；二是完善工作机制；三是强化保障措施，切实做到“小事不出村、大事不出镇”。',
  '（二）存在问题',
  '部分基层干部服务意识不强，“重管理、轻服务”的现象仍然存在。',
].join('\n');

/** Characters GBK lacks but GB18030 has: CJK Extension A (䶮) and B (𠮷, a surrogate pair in UTF-16). */
const GB18030_ONLY = '\n附：䶮、𠮷两字仅见于GB18030。';

const withBom = (bom: number[], body: Buffer): Buffer => Buffer.concat([Buffer.from(bom), body]);

describe('encoding detection round-trips a Chinese report', () => {
  it.each([
    ['UTF-8', Buffer.from(REPORT, 'utf8'), 'utf-8', REPORT],
    ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], Buffer.from(REPORT, 'utf8')), 'utf-8-bom', REPORT],
    ['UTF-16LE with BOM', withBom([0xff, 0xfe], iconv.encode(REPORT, 'utf-16le')), 'utf-16le', REPORT],
    ['UTF-16BE with BOM', withBom([0xfe, 0xff], iconv.encode(REPORT, 'utf-16be')), 'utf-16be', REPORT],
    ['GBK', iconv.encode(REPORT, 'gbk'), 'gb18030', REPORT],
    ['GB2312 (a GBK subset)', iconv.encode('一、总体要求\n坚持稳中求进工作总基调。', 'gb2312'), 'gb18030', '一、总体要求\n坚持稳中求进工作总基调。'],
    ['GB18030 with four-byte characters', iconv.encode(REPORT + GB18030_ONLY, 'gb18030'), 'gb18030', REPORT + GB18030_ONLY],
    ['GB18030 with its BOM', withBom([0x84, 0x31, 0x95, 0x33], iconv.encode(REPORT, 'gb18030')), 'gb18030', REPORT],
    ['ASCII (valid UTF-8)', Buffer.from('Section 1. Summary\n', 'ascii'), 'utf-8', 'Section 1. Summary\n'],
  ])('%s', async (_name, bytes, encoding, text) => {
    const document = await readBytes('report.txt', bytes);
    expect(document.encoding).toBe(encoding);
    expect(document.text).toBe(text);
    expect(document.warnings).toEqual([]);
    expect(document.blocks).toEqual([]);
  });

  it('detects a short GBK heading alone', async () => {
    const document = await readBytes('a.txt', iconv.encode('（一）调研报告', 'gbk'));
    expect(document).toMatchObject({ encoding: 'gb18030', text: '（一）调研报告' });
  });
});

describe('--encoding overrides detection', () => {
  it.each([
    ['gbk', iconv.encode(REPORT, 'gbk'), 'gb18030'],
    ['GB2312', iconv.encode(REPORT, 'gbk'), 'gb18030'],
    ['utf8', Buffer.from(REPORT), 'utf-8'],
    ['UTF-16LE', iconv.encode(REPORT, 'utf-16le'), 'utf-16le'],
    ['utf-16be', iconv.encode(REPORT, 'utf-16be'), 'utf-16be'],
    ['utf-16', withBom([0xfe, 0xff], iconv.encode(REPORT, 'utf-16be')), 'utf-16be'],
  ])('%s', async (name, bytes, encoding) => {
    const document = await readBytes('report.md', bytes, { encoding: name });
    expect(document.encoding).toBe(encoding);
    expect(document.text).toBe(REPORT);
  });

  it('decodes Big5 only when asked, and says so when it is detected', async () => {
    const big5 = iconv.encode('關於加強基層治理能力建設的調研報告。一、基本情況：近年來，本市堅持黨建引領，推動治理重心下移。', 'big5');
    await expect(readBytes('a.txt', big5)).rejects.toThrow(/looks like big5, not UTF-8 or GB18030 \(use --encoding big5\)/u);
    const document = await readBytes('a.txt', big5, { encoding: 'big5' });
    expect(document.text.startsWith('關於加強基層治理')).toBe(true);
  });

  it('names an unknown encoding', async () => {
    await expect(readBytes('a.txt', Buffer.from(REPORT), { encoding: 'gb-klingon' })).rejects.toThrow(
      new IngestError('a.txt', 'unknown encoding "gb-klingon" (try utf-8, gb18030, gbk, utf-16le or utf-16be)'),
    );
  });

  it('is still checked: 21 bytes of UTF-8 read as UTF-16LE leave half a code unit', async () => {
    const bytes = Buffer.from('一、基本情况。', 'utf8');
    await expect(readBytes('a.txt', bytes, { encoding: 'utf-16le' })).rejects.toThrow(/invalid UTF-16LE at byte 20 /u);
  });
});

describe('invalid byte sequences', () => {
  const prefix = Buffer.from('一、基本情况\n近年来', 'utf8'); // 28 bytes
  const corrupted = Buffer.concat([prefix, Buffer.from([0xe4, 0xb8]), Buffer.from('，我市坚持党建引领，推动治理重心下移。', 'utf8')]);

  it('name the byte offset in the error', async () => {
    expect(prefix.length).toBe(28);
    await expect(readBytes('a.txt', corrupted)).rejects.toThrow(
      new IngestError('a.txt', 'invalid UTF-8 at byte 28 (use --encoding or --replace-invalid)'),
    );
  });

  it('count the BOM in the offset', async () => {
    await expect(readBytes('a.txt', withBom([0xef, 0xbb, 0xbf], corrupted))).rejects.toThrow(/invalid UTF-8 at byte 31 /u);
  });

  it('become U+FFFD and a warning with replaceInvalid', async () => {
    const document = await readBytes('a.txt', corrupted, { replaceInvalid: true });
    expect(document.text).toBe('一、基本情况\n近年来\uFFFD，我市坚持党建引领，推动治理重心下移。');
    expect(document.warnings).toEqual(['replaced 1 invalid UTF-8 byte sequence with U+FFFD (first at byte 28)']);
  });

  it('in GBK are found at the right offset too', async () => {
    const good = iconv.encode('一、基本情况：近年来，我市坚持党建引领，推动治理重心下移，成效明显。', 'gbk');
    const bad = Buffer.concat([good.subarray(0, 20), Buffer.from([0xff]), good.subarray(20)]);
    await expect(readBytes('a.txt', bad)).rejects.toThrow(/invalid GB18030 at byte 20 /u);
    const document = await readBytes('a.txt', bad, { replaceInvalid: true });
    expect(document.encoding).toBe('gb18030');
    expect(document.text).toBe('一、基本情况：近年来\uFFFD，我市坚持党建引领，推动治理重心下移，成效明显。');
    expect(document.warnings).toEqual(['replaced 1 invalid GB18030 byte sequence with U+FFFD (first at byte 20)']);
  });

  it('in UTF-16 (a lone surrogate, an odd byte) are found at the right offset', async () => {
    const lone = withBom([0xff, 0xfe], Buffer.concat([iconv.encode('报告', 'utf-16le'), Buffer.from([0x3d, 0xd8, 0x41, 0x00])]));
    await expect(readBytes('a.txt', lone)).rejects.toThrow(/invalid UTF-16LE at byte 6 /u);
    const odd = withBom([0xfe, 0xff], Buffer.concat([iconv.encode('报告', 'utf-16be'), Buffer.from([0x4e])]));
    await expect(readBytes('a.txt', odd)).rejects.toThrow(/invalid UTF-16BE at byte 6 /u);
    expect((await readBytes('a.txt', odd, { replaceInvalid: true })).text).toBe('报告\uFFFD');
  });

  it('UTF-32 is refused by its BOM, with advice', async () => {
    const utf32 = Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x2d, 0x4e, 0x00, 0x00]);
    await expect(readBytes('a.txt', utf32)).rejects.toThrow(/UTF-32 text is not supported \(save the file as UTF-8\)/u);
  });

  it('that cannot be attributed to UTF-8 or GB18030 ask for --encoding', async () => {
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x20, 0xff, 0x0a]);
    await expect(readBytes('a.txt', latin1)).rejects.toThrow(/cannot tell the encoding .*use --encoding/u);
  });
});

describe('the hand-written UTF-8 check agrees with the WHATWG decoder (property)', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const lenient = new TextDecoder('utf-8');

  it('on any bytes: valid exactly when TextDecoder accepts them, and counts each U+FFFD it emits', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'binary', maxLength: 16 }), (noise, text) => {
        const bytes = Buffer.concat([Buffer.from(text), noise]);
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) < 0).toBe(valid);
        // EF BF BD is a real U+FFFD: it can only start a sequence, so each occurrence decodes as one.
        const decoded = [...lenient.decode(bytes)].filter((char) => char === '\uFFFD').length;
        const genuine = bytes.toString('latin1').split('\xef\xbf\xbd').length - 1;
        expect(scanUtf8(bytes).invalid).toBe(decoded - genuine);
      }),
      { numRuns: 2000 },
    );
  });

  it('the isUtf8 fast path and the scan by hand find the same first error, from any offset', () => {
    // Boundary sequences of Table 3-7: overlongs, surrogates, above U+10FFFF, truncated, stray continuations.
    const edges = [[0xc0, 0x80], [0xc1, 0xbf], [0xc2, 0x80], [0xe0, 0x80, 0x80], [0xe0, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xed, 0xa0, 0x80],
      [0xef, 0xbf, 0xbd], [0xf0, 0x8f, 0xbf, 0xbf], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80],
      [0xe4, 0xb8], [0x80], [0xbf], [0xff], [0xfe]].map((b) => Buffer.from(b));
    const piece = fc.oneof(fc.constantFrom(...edges), fc.uint8Array({ maxLength: 6 }).map((b) => Buffer.from(b)), fc.string({ unit: 'binary', maxLength: 8 }).map((t) => Buffer.from(t)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(8), (pieces, offset) => {
        const bytes = Buffer.concat(pieces);
        const from = Math.min(offset, bytes.length);
        expect(firstInvalidUtf8(bytes, from)).toBe(scanUtf8(bytes, true, from).firstInvalid);
      }),
      { numRuns: 5000 },
    );
  });

  it('well-formed UTF-8, decoded through ICU, gives what TextDecoder gives, with or without a BOM', () => {
    const lenientWithBom = new TextDecoder('utf-8', { ignoreBOM: true });
    const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(REPORT, GB18030_ONLY, '\ufeff', '\uffff', '\u{10ffff}')), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (t, bom) => {
        const body = Buffer.from(t);
        const bytes = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
        const afterBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
        expect(decodeAs('a.txt', bytes, { kind: 'known', encoding: 'utf-8' }, false).text).toBe(lenientWithBom.decode(afterBom));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the first error where a prefix stops being decodable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.uint8Array({ minLength: 1, maxLength: 4 }), (text, tail) => {
        const head = Buffer.from(text);
        const at = firstInvalidUtf8(Buffer.concat([head, Buffer.from([0xff]), Buffer.from(tail)]));
        expect(at).toBe(head.length);
      }),
    );
  });
});

