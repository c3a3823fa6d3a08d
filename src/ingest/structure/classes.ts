import { isCircledNumber, isCloser, isSuperscriptDigit } from './chars.js';

/**
 * One lookup table for the marks the per-character scans stop at, so the common case — a Han character
 * that is none of them — costs one array read. Every such mark is in the BMP.
 */
export const SENTENCE_END = 1; // 。！？；!?;｡
export const ELLIPSIS = 2; //     … ⋯
export const DOT = 4; //          . ．
export const CLOSER = 8; //       ”’」』）)】]》〉
export const QUOTE = 16; //       “”‘’「」『』"
export const CITATION = 32; //    [ ［ ^ 注 （ ( ① ¹

export const CLASSES: Uint8Array = build();

function build(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const mark = (chars: string, flag: number): void => {
    for (const ch of chars) table[ch.charCodeAt(0)]! |= flag;
  };
  mark('。！？；!?;｡', SENTENCE_END);
  mark('…⋯', ELLIPSIS);
  mark('.．', DOT);
  mark('“”‘’「」『』"', QUOTE);
  mark('[［^注（(', CITATION);
  for (let c = 0; c < 0x10000; c++) {
    if (isCloser(c)) table[c]! |= CLOSER;
    if (isCircledNumber(c) || isSuperscriptDigit(c)) table[c]! |= CITATION;
  }
  return table;
}
