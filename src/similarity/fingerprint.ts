import type { Normalised } from '../model.js';
import { contentOf, type Content } from './content.js';
import { kgramHashes } from './hash.js';
import { K, WINDOW } from './parameters.js';
import { winnow } from './winnow.js';

export interface Fingerprints {
  readonly content: Content;
  /** Selected fingerprints and the content positions of their k-grams. */
  readonly hashes: Float64Array;
  readonly positions: Int32Array;
}

/** Winnowed k-gram fingerprints of a document's content characters, for the corpus index. */
export function fingerprint(view: Normalised, k = K, window = WINDOW): Fingerprints {
  const content = contentOf(view);
  const all = kgramHashes(content.codePoints, k);
  const positions = winnow(all, window);
  const hashes = new Float64Array(positions.length);
  positions.forEach((p, i) => (hashes[i] = all[p]!));
  return { content, hashes, positions };
}
