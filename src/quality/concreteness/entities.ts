import type { Span, Word } from '../../model.js';

/**
 * Suffixes of places and organisations. jieba's `ns`/`nt`/`nr` tags alone are noisy (`青禾/x 县/zg`,
 * `张/q 三/m`), so a name is also recognised by its suffix, as a word or as the word after a name part.
 */
const SUFFIXES = [
  '省', '市', '县', '区', '镇', '乡', '村', '旗', '州', '街道', '社区', '局', '委', '办', '厅', '署', '室',
  '公司', '集团', '中心', '银行', '医院', '学校', '小学', '中学', '大学', '学院', '合作社', '协会',
  '委员会', '政府', '法院', '检察院', '研究院', '研究所', '基地', '园区', '开发区', '工厂', '厂',
];
const SUFFIX_WORDS: ReadonlySet<string> = new Set(SUFFIXES);

/** A name part before a suffix word: a noun-like tag (`x` is what jieba gives unknown names). */
const NAME_PART_TAGS: ReadonlySet<string> = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'n', 'x', 'j']);
/** Words that end in a suffix but name no place: `全县`, `各乡镇`, `本市`, `我局`. */
const GENERIC_FIRST: ReadonlySet<string> = new Set([...'全各本该我每此其他某贵当']);

/** Titles that make the `nr` word before them a person (`张明书记`, `李华同志`). */
const TITLES: ReadonlySet<string> = new Set([
  '书记', '主任', '同志', '县长', '市长', '省长', '局长', '镇长', '乡长', '村长', '主席', '总理', '部长',
  '厅长', '处长', '科长', '院长', '校长', '经理', '董事长', '教授', '研究员', '老师', '医生', '代表', '委员',
]);

/** Words jieba tags `nt`/`ns` that name no particular body or place. */
const GENERIC_NAMES: ReadonlySet<string> = new Set(['党组织', '基层党组织', '政府', '党委', '党支部', '村委', '居委会', '村委会', '地方', '城乡', '农村', '城市', '中华', '东方', '西方', '南方', '北方']);

/** A non-empty word of CJK Unified Ideographs only (U+4E00–U+9FFF). */
function isHanWord(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
}

/** Places, organisations and people named in the text, from tagged words (spans in the original text). */
export function findEntities(words: readonly Word[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Every kind of name below has two characters or more; most words have one.
    if (w.word.length < 2) continue;
    const next = words[i + 1];
    if (!isHanWord(w.word) || GENERIC_NAMES.has(w.word)) continue;
    if (isNamedBySuffix(w)) out.push(w);
    else if (next && SUFFIX_WORDS.has(next.word) && NAME_PART_TAGS.has(w.tag) && w.word.length >= 2 && !GENERIC_FIRST.has(w.word[0]!)) {
      out.push({ start: w.start, end: next.end });
      i++;
    } else if ((w.tag === 'ns' || w.tag === 'nt') && w.word.length >= 2 && !GENERIC_FIRST.has(w.word[0]!)) out.push(w);
    else if (w.tag === 'nr' && (w.word.length === 3 || (w.word.length === 2 && next !== undefined && TITLES.has(next.word)))) out.push(w);
  }
  return out;
}

/** Lengths of the suffixes, longest first. */
const SUFFIX_LENGTHS = [...new Set(SUFFIXES.map((s) => s.length))].sort((a, b) => b - a);

/**
 * `石门镇`, `青禾县`, `农业农村局`: a word of 3+ characters ending in a suffix after two or more
 * characters of name, not generic (`全县`). Called on Han words only, so characters are code units.
 */
function isNamedBySuffix(w: Word): boolean {
  const word = w.word;
  if (word.length < 3 || GENERIC_FIRST.has(word[0]!)) return false;
  return SUFFIX_LENGTHS.some((n) => word.length - n >= 2 && SUFFIX_WORDS.has(word.slice(word.length - n)));
}
