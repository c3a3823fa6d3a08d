import type { Word } from '../../model.js';

/** Verb tags of jieba (ICTCLAS set): verb, verbal noun, adverbial verb, directional verb; and idioms (`不断完善/l`). */
const VERB = new Set(['v', 'vn', 'vd', 'vf', 'vi', 'l']);
/** Particles and interjections: skipped, they neither join nor break a chain. */
const SKIP = new Set(['uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'y', 'e', 'o']);
/** Punctuation, conjunctions, prepositions and pronouns end a chain (`以人民为中心` is no verb–object pair). */
const BREAK = new Set(['x', 'w', 'c', 'p', 'r']);
const ADVERB = new Set(['d', 'ad']);
/** How many words a chain may run from its verb to its abstract noun (`要 牢固 树立 正确 政绩观`). */
const MAX_CHAIN = 4;

/**
 * Nouns that name an abstraction, not a thing: officialese objects of `加强`, `提高`, `推动`.
 * Verbal nouns (`vn`, `发展`, `建设`) count as abstract too.
 */
const ABSTRACT_NOUNS: ReadonlySet<string> = new Set([
  '水平', '能力', '机制', '体系', '作用', '意识', '工作', '质量', '效能', '效率', '格局', '局面', '氛围',
  '合力', '活力', '动力', '保障', '力度', '成效', '思想', '精神', '理念', '责任', '制度', '措施', '领导',
  '环境', '基础', '水准', '品质', '形象', '队伍', '作风', '方向', '目标', '任务', '要求', '举措', '重点',
  '短板', '优势', '潜力', '动能', '路径', '模式', '品牌', '战略', '布局', '导向', '底线', '担当', '使命',
  '初心', '本领', '素质', '素养', '风气', '生态', '大局', '全局', '实效', '高度', '深度', '广度', '服务水平',
  '治理', '体制', '共识', '信心', '决心', '干劲', '热情', '担当', '站位', '政治站位', '初心使命',
]);
const ABSTRACT_ENDING_LIST = [
  '性', '化', '力', '度', '感', '制', '观', '型', '水平', '能力', '机制', '体系', '作风', '意识', '责任', '思想', '理念',
  '建设', '发展', '工作', '服务', '治理', '格局', '局面', '氛围', '保障', '效能', '质量', '成效', '精神',
];
const ABSTRACT_ENDINGS: ReadonlySet<string> = new Set(ABSTRACT_ENDING_LIST);
const ENDING_LENGTHS = [...new Set(ABSTRACT_ENDING_LIST.map((e) => e.length))];

/** A sentence needs this many verb–abstract-noun pairs to be a slogan (`加强领导，提高水平`). */
export const MIN_SLOGAN_PAIRS = 2;
/** …and the pairs must make up at least this share of its content words. */
export const MIN_SLOGAN_SHARE = 0.5;

export function isAbstractNoun(w: Word): boolean {
  if (w.tag === 'vn' || (VERB.has(w.tag) && ABSTRACT_NOUNS.has(w.word))) return true;
  if (!w.tag.startsWith('n') || w.tag === 'nr' || w.tag === 'ns' || w.tag === 'nt') return false;
  const word = w.word;
  return ABSTRACT_NOUNS.has(word) || ENDING_LENGTHS.some((n) => word.length > n && ABSTRACT_ENDINGS.has(word.slice(word.length - n)));
}

/**
 * Whether a sentence (its words, none of them a fact) is a slogan: a chain of verb + abstract noun pairs
 * (`进一步/d 加强/v 组织/v 领导/n，切实/ad 提高/v 服务水平/n`) that fills at least half of its content
 * words. A pair runs from a verb over at most MAX_CHAIN modifiers to the first abstract noun.
 * Returns the number of pairs found, 0 when the sentence is not a slogan.
 */
export function sloganPairs(words: readonly Word[]): number {
  const content = words.filter((w) => !SKIP.has(w.tag) && w.word.trim() !== '');
  let pairs = 0;
  let covered = 0;
  for (let i = 0; i < content.length; i++) {
    if (!VERB.has(content[i]!.tag)) continue;
    let j = i + 1;
    while (j < content.length && j - i <= MAX_CHAIN && !BREAK.has(content[j]!.tag) && !isAbstractNoun(content[j]!)) j++;
    const object = content[j];
    if (object && j - i <= MAX_CHAIN && isAbstractNoun(object)) {
      while (j + 1 < content.length && isAbstractNoun(content[j + 1]!)) j++; // `工作 机制`, `治理 效能`
      pairs++;
      for (let k = i; k <= j; k++) if (!ADVERB.has(content[k]!.tag)) covered++;
      i = j;
    }
  }
  // Adverbs (`进一步`, `切实`) only decorate the chain: they count neither for nor against it.
  const weighed = content.filter((w) => !ADVERB.has(w.tag) && !BREAK.has(w.tag)).length;
  return pairs >= MIN_SLOGAN_PAIRS && covered >= MIN_SLOGAN_SHARE * weighed ? pairs : 0;
}
