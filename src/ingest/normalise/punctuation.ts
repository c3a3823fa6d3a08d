/**
 * Punctuation variants unified before matching: copiers swap full- and half-width marks, straight and
 * curly quotes, 、 and ， freely, so each family is folded to one representative.
 */
const FAMILIES: ReadonlyArray<readonly [string, string]> = [
  ['"', '"“”„‟〝〞＂「」『』﹁﹂﹃﹄'],
  ["'", "'‘’‚‛＇`´"],
  [',', ',，、﹐﹑､'],
  ['.', '.．﹒'],
  ['。', '。｡'],
  [';', ';；﹔'],
  [':', ':：﹕'],
  ['!', '!！﹗'],
  ['?', '?？﹖'],
  ['(', '(（﹙⦅〔〘'],
  [')', ')）﹚⦆〕〙'],
  ['[', '[［【〖'],
  [']', ']］】〗'],
  ['<', '<＜《〈'],
  ['>', '>＞》〉'],
  ['-', '-‐‑‒–—―－﹣−─'],
  ['~', '~～〜'],
  ['…', '…⋯'],
  ['·', '·・･•‧'],
];

/** Maps a punctuation code point to its family representative, or undefined when it is not one. */
export const PUNCTUATION: ReadonlyMap<number, string> = new Map(
  FAMILIES.flatMap(([to, members]) => Array.from(members, (c) => [c.codePointAt(0)!, to] as const)),
);
