import { distance } from 'fastest-levenshtein';

/**
 * Edit similarity of two code point sequences, 1 − distance / longer length. fastest-levenshtein
 * counts UTF-16 code units, which would count an astral character (𠀀) as two edits, so every code
 * point is first remapped to one BMP character (consistently across both sequences).
 */
export function editSimilarity(a: Uint32Array, b: Uint32Array): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const map = new Map<number, string>();
  const remap = (cps: Uint32Array): string => {
    let out = '';
    for (const cp of cps) {
      if (cp <= 0xffff && (cp < 0xd800 || cp > 0xdfff)) {
        out += String.fromCharCode(cp);
        continue;
      }
      let c = map.get(cp);
      if (c === undefined) map.set(cp, (c = String.fromCharCode(0xe000 + (map.size % 0x1900))));
      out += c;
    }
    return out;
  };
  return 1 - distance(remap(a), remap(b)) / longer;
}
