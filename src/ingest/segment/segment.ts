import type { Normalised, Word } from '../../model.js';
import { segmenter, tagTableFor } from './segmenter.js';

export interface SegmentOptions {
  /**
   * Part-of-speech tags, as jieba's tagger gives them: from the tagger itself for a thread's first
   * `TABLE_AFTER_CHARS` characters, then looked up in the dictionary after cutting (see
   * dictionary-tags.ts), which costs little more than cutting alone once the table is built.
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
 * the simplified dictionary; `word` is the normalised form. Without `tags`, `tag` is empty. Tags come
 * from jieba's tagger until this thread has tagged enough text to build the dictionary's tag table
 * (see {@link tagTableFor}); both give the same words and tags.
 */
export function segment(view: Normalised, options: SegmentOptions = {}): Word[] {
  const jieba = segmenter(options.userDict);
  const hmm = options.hmm ?? true;
  if (!options.tags) return placed(view, jieba.cut(view.text, hmm), () => '');
  const table = tagTableFor(view.text.length, options.userDict);
  if (table) return placed(view, jieba.cut(view.text, hmm), (word) => table.tagOf(word));
  const tagged = jieba.tag(view.text, hmm);
  return placed(view, tagged.map((t) => t.word), (_, i) => tagged[i]!.tag);
}

/** The words, cut from `view.text` in order, with their tags and their spans in the original text. */
function placed(view: Normalised, pieces: readonly string[], tagOf: (word: string, i: number) => string): Word[] {
  const words: Word[] = [];
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    const word = pieces[i]!;
    const end = at + word.length;
    if (end > at && end <= view.starts.length) {
      words.push({ word, tag: tagOf(word, i), start: view.starts[at]!, end: view.ends[end - 1]! });
    }
    at = end;
  }
  return words;
}
