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
