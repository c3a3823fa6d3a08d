import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where a project keeps its jieba user dictionary of domain terms. */
export const USER_DICT_PATH = join('corpora', 'userdict.txt');

/** The user dictionary's text if `corpora/userdict.txt` exists under `root`, else undefined. */
export async function loadUserDict(root: string): Promise<string | undefined> {
  try {
    return await readFile(join(root, USER_DICT_PATH), 'utf8');
  } catch {
    return undefined;
  }
}
