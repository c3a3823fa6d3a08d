import type { Normalised, Word } from '../../model.js';
import { segmenter } from './segmenter.js';

export interface SegmentOptions {
  /** Part-of-speech tags; jieba's tagger runs at ~4 MB/s against ~9 MB/s for plain cutting. */
  readonly tags?: boolean;
  /** jieba's HMM for words missing from the dictionary (default true). */
  readonly hmm?: boolean;
  /** Text of a jieba user dictionary. */
  readonly userDict?: string;
}

/**
 * Segments the normalised view with jieba and places every word in the original text through the
 * offset map. Segmenting the normalised view means traditional text and full-width forms are cut with
 * the simplified dictionary; `word` is the normalised form. Without `tags`, `tag` is empty.
 */
export function segment(view: Normalised, options: SegmentOptions = {}): Word[] {
  const jieba = segmenter(options.userDict);
  const hmm = options.hmm ?? true;
  const pieces = options.tags
    ? jieba.tag(view.text, hmm)
    : jieba.cut(view.text, hmm).map((word) => ({ word, tag: '' }));
  const words: Word[] = [];
  let at = 0;
  for (const { word, tag } of pieces) {
    const end = at + word.length;
    if (end > at && end <= view.starts.length) {
      words.push({ word, tag, start: view.starts[at]!, end: view.ends[end - 1]! });
    }
    at = end;
  }
  return words;
}
