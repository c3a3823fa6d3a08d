import { distance } from 'fastest-levenshtein';

/**
 * Edit similarity of two code point sequences, 1 − distance / longer length. fastest-levenshtein
 * counts UTF-16 code units, which would count an astral character (𠀀) as two edits, so every code
 * point is first remapped to one BMP character (consistently across both sequences).
 */
export function editSimilarity(a: Uint32Array, b: Uint32Array): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  // A common prefix and suffix cost no edits (Levenshtein distance is unchanged without them), and a
  // copied passage is mostly that: the bit-parallel distance then runs on the differing middle alone.
  let head = 0;
  const shorter = Math.min(a.length, b.length);
  while (head < shorter && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < shorter - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  if (head + tail === longer) return 1;
  const middleA = a.subarray(head, a.length - tail);
  const middleB = b.subarray(head, b.length - tail);
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
  return 1 - distance(remap(middleA), remap(middleB)) / longer;
}
