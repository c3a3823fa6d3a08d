/**
 * Which encoding a `.txt` / `.md` file is in, for the encodings Chinese reports come in: UTF-8 (with or
 * without BOM), UTF-16 with a BOM, and GB18030 with its subsets GBK and GB2312.
 *
 * Order: a BOM decides; else bytes that are valid UTF-8 are UTF-8 (checked by hand, the detector is not
 * trusted with UTF-8); else the byte statistics and jschardet choose between corrupted UTF-8 and GB18030.
 * Anything else is an error asking for `--encoding`, never a guess that turns the text into mojibake.
 */
import { IngestError } from '../../errors.js';
import { bomOf } from './bom.js';
import type { ResolvedEncoding } from './encoding-name.js';
import { scanGb18030 } from './gb18030-scan.js';
import { firstInvalidUtf8, scanUtf8 } from './utf8-scan.js';

/**
 * Well-formed multi-byte sequences per ill-formed one above which bytes count as corrupted text in that
 * encoding rather than text in another. Chinese text in GBK scans as UTF-8 with ~0.2 good sequences per
 * bad one, UTF-8 with a single damaged byte as ~35 per bad one (measured on a 70-character paragraph);
 * 4 sits between with a wide margin on both sides.
 */
const EVIDENCE_RATIO = 4;

/** jschardet looks at this much of the file: its own default, 200 000 bytes, is about the same. */
const DETECTOR_SAMPLE_BYTES = 256 * 1024;

/**
 * Below this confidence a jschardet answer of Big5, Shift_JIS or EUC-KR does not overrule bytes that are
 * well-formed GB18030. Its answers for correct guesses on short reports were 0.5–0.6 in our trials.
 */
const OTHER_CJK_CONFIDENCE = 0.3;

const GB_FAMILY = new Set(['GB18030', 'GBK', 'GB2312', 'CP936', 'EUC-CN', 'HZ-GB-2312']);
const OTHER_CJK = new Set(['BIG5', 'BIG5-HKSCS', 'CP950', 'CP932', 'SHIFT_JIS', 'EUC-JP', 'EUC-KR', 'CP949', 'JOHAB']);

const known = (encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'): ResolvedEncoding => ({
  kind: 'known',
  encoding,
});

interface Guess {
  readonly encoding: string;
  readonly confidence: number;
}

/**
 * jschardet's guess, upper-cased; loaded lazily, since it is large and only non-UTF-8 files need it. A
 * detector failure is no guess at all: the byte statistics still decide.
 */
async function guess(bytes: Uint8Array): Promise<Guess> {
  try {
    const { detect } = await import('jschardet');
    const result = detect(bytes.subarray(0, DETECTOR_SAMPLE_BYTES));
    return { encoding: (result.encoding ?? '').toUpperCase(), confidence: result.confidence };
  } catch {
    return { encoding: '', confidence: 0 };
  }
}

/** The encoding of `bytes`, or an {@link IngestError} when it cannot be told with confidence. */
export async function detectEncoding(path: string, bytes: Uint8Array): Promise<ResolvedEncoding> {
  const bom = bomOf(bytes);
  if (bom?.encoding === 'utf-32le' || bom?.encoding === 'utf-32be') {
    throw new IngestError(path, 'UTF-32 text is not supported (save the file as UTF-8)');
  }
  if (bom) return known(bom.encoding);
  if (firstInvalidUtf8(bytes) < 0) return known('utf-8');

  const utf8 = scanUtf8(bytes);
  if (utf8.multibyte >= EVIDENCE_RATIO * utf8.invalid) return known('utf-8');

  const gb = scanGb18030(bytes);
  const guessed = await guess(bytes);
  if (GB_FAMILY.has(guessed.encoding)) return known('gb18030');
  if (gb.invalid === 0) {
    if (OTHER_CJK.has(guessed.encoding) && guessed.confidence >= OTHER_CJK_CONFIDENCE) {
      const name = guessed.encoding.toLowerCase();
      throw new IngestError(path, `looks like ${name}, not UTF-8 or GB18030 (use --encoding ${name})`);
    }
    return known('gb18030');
  }
  if (guessed.encoding === 'UTF-8') return known('utf-8');
  if (gb.multibyte >= EVIDENCE_RATIO * gb.invalid) return known('gb18030');
  throw new IngestError(path, 'cannot tell the encoding (not UTF-8, GB18030 or UTF-16 with a BOM; use --encoding)');
}
