import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLineEndings, mixedLineEndingWarning } from '../../../src/ingest/read/lines.js';

describe('mixedLineEndingWarning', () => {
  it('warns exactly when the counts show two kinds of line break, with or without a \\r in the text', () => {
    const text = fc.array(fc.constantFrom('\r\n', '\n', '\r', '一', '、', 'a', ' '), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const { crlf, lf, cr } = countLineEndings(t);
        const kinds = [crlf, lf, cr].filter((n) => n > 0).length;
        expect(mixedLineEndingWarning(t) !== null).toBe(kinds >= 2);
      }),
      { numRuns: 2000 },
    );
  });
});
