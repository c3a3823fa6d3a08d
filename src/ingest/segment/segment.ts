import type { Normalised, Word } from '../../model.js';
import { dictionaryTags, segmenter } from './segmenter.js';

export interface SegmentOptions {
  /**
   * Part-of-speech tags, as jieba's tagger gives them. They are looked up in the dictionary after
   * cutting (see dictionary-tags.ts), which costs little more than cutting alone.
   */
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
  const pieces = segmenter(options.userDict).cut(view.text, options.hmm ?? true);
  const table = options.tags ? dictionaryTags(options.userDict) : null;
  const words: Word[] = [];
  let at = 0;
  for (const word of pieces) {
    const end = at + word.length;
    if (end > at && end <= view.starts.length) {
      words.push({ word, tag: table ? table.tagOf(word) : '', start: view.starts[at]!, end: view.ends[end - 1]! });
    }
    at = end;
  }
  return words;
}
