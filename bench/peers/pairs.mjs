/**
 * Document pairs as the scan benchmark compares them: an unordered pair of archive paths with the
 * characters the two documents share by one tool's measure, and the text check that confirms a pair.
 */
import { readFile, writeFile } from 'node:fs/promises';

/** Copy length the comparison confirms on the text: the engine's and sim_text's `-r 13`. */
export const CONFIRM_RUN = 13;

/** The key of an unordered pair. */
export function pairKey(a, b) {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

/** Adds `chars` to a pair, keeping the larger figure when both directions report it. */
export function addPair(pairs, a, b, chars) {
  if (a === b) return;
  const key = pairKey(a, b);
  pairs.set(key, Math.max(pairs.get(key) ?? 0, chars));
}

/** Characters covered by half-open `[start, end)` spans, overlaps counted once. */
export function coveredLength(spans) {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reach = -Infinity;
  for (const [start, end] of sorted) {
    const from = Math.max(start, reach);
    if (end > from) total += end - from;
    reach = Math.max(reach, end);
  }
  return total;
}

/** The `top` pairs with the most shared characters, ties by key: `[key, chars]`. */
export function topPairs(pairs, top) {
  return [...pairs].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, top);
}

export async function writePairs(path, pairs) {
  await writeFile(path, JSON.stringify([...pairs]));
}

export async function readPairs(path) {
  return new Map(JSON.parse(await readFile(path, 'utf8')));
}

/**
 * A tool-neutral normalisation: NFKC (full-width to half-width), lower case, letters and digits only, as a
 * list of code points; punctuation, spaces and line breaks drop out.
 */
export function normalisedCodePoints(text) {
  return Array.from(text.normalize('NFKC').toLowerCase()).filter((ch) => /[\p{L}\p{N}]/u.test(ch));
}

/** Whether two texts share a run of `run` or more normalised characters (exact, no hashing shortcuts). */
export function shareRun(a, b, run = CONFIRM_RUN) {
  const x = normalisedCodePoints(a);
  const y = normalisedCodePoints(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const grams = new Set();
  for (let i = 0; i + run <= short.length; i++) grams.add(short.slice(i, i + run).join(''));
  for (let i = 0; i + run <= long.length; i++) if (grams.has(long.slice(i, i + run).join(''))) return true;
  return false;
}
