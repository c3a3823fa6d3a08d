import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { DictionaryTags } from './dictionary-tags.js';

/**
 * One jieba segmenter per process (or worker thread): loading the dictionary costs ~0.1 s, so it is
 * done once, on first use, with the user dictionary added when one is configured.
 */
let instance: Jieba | undefined;
let loadedUserDict: string | undefined;
/** The tags of the same dictionaries, built on the first tagged segmentation. */
let tagTable: DictionaryTags | undefined;
let taggedUserDict: string | undefined;

/**
 * The shared segmenter. `userDict` is the text of a jieba user dictionary (`词语 [词频] [词性]` per line);
 * giving a different one later rebuilds the segmenter.
 */
export function segmenter(userDict?: string): Jieba {
  if (instance && userDict === loadedUserDict) return instance;
  const jieba = Jieba.withDict(dict);
  if (userDict && userDict.trim() !== '') jieba.loadDict(Buffer.from(cleanUserDict(userDict)));
  instance = jieba;
  loadedUserDict = userDict;
  return jieba;
}

/**
 * Characters a thread tags with jieba's own tagger before it builds the {@link DictionaryTags} table.
 * Building the table costs ~0.1 s of CPU; after that, cutting and looking tags up saves ~0.2 s per
 * million characters over jieba's tagger (measured on 2 M characters of the reference corpus, one
 * thread: tagger 0.77–0.81 s, cut + table 0.37–0.46 s, table 0.08–0.11 s; even at 0.4–0.6 M characters).
 * A single check of a 10,000-character draft tags it in ~5 ms instead of building the table.
 */
export const TABLE_AFTER_CHARS = 500_000;

/** Characters tagged so far in this thread by jieba's tagger. */
let taggedChars = 0;

/**
 * The tag table for `userDict` when tagging `chars` more characters makes it worth building (or it is
 * built already), else null: the caller then tags with `segmenter(userDict).tag`, which gives the same
 * tags (a test pins the two together).
 */
export function tagTableFor(chars: number, userDict?: string): DictionaryTags | null {
  if (tagTable && userDict === taggedUserDict) return tagTable;
  if (taggedChars + chars <= TABLE_AFTER_CHARS) {
    taggedChars += chars;
    return null;
  }
  return dictionaryTags(userDict);
}

/** The part-of-speech tags of the dictionaries `segmenter(userDict)` cuts with. */
export function dictionaryTags(userDict?: string): DictionaryTags {
  if (tagTable && userDict === taggedUserDict) return tagTable;
  const extra = userDict && userDict.trim() !== '' ? [Buffer.from(cleanUserDict(userDict))] : [];
  tagTable = new DictionaryTags(dict, ...extra);
  taggedUserDict = userDict;
  return tagTable;
}

/** Drops comments and blank lines, which jieba would otherwise read as words. */
function cleanUserDict(text: string): string {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .join('\n');
}
