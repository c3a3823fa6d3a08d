/**
 * Whether a decoded document has anything to check: at least one letter or digit (Han characters are
 * letters, `\p{L}`). A file of only punctuation and whitespace is read, but with a warning.
 */

export const NO_TEXT_CONTENT = 'no text content (only punctuation and whitespace)';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function hasTextContent(text: string): boolean {
  return LETTER_OR_DIGIT.test(text);
}
