import type { Document, Span } from '../../model.js';

/** People beyond officials whose views a research report should carry. */
export const GRASSROOTS = [
  '群众', '农户', '村民', '居民', '农民', '企业', '一线职工', '职工', '服务对象', '商户', '经营主体', '个体户',
  '学生', '家长', '教师', '患者', '老人', '受访者', '市民', '游客', '志愿者', '脱贫户', '种植户', '养殖户',
];
/** Officials: asking only them is "research of the 一把手". */
export const OFFICIALS = ['领导', '负责同志', '主要负责人', '负责人', '一把手', '干部', '分管领导', '班子成员', '工作人员'];

/**
 * Whose voices the research heard: the grassroots and official words found in the sentences that
 * state a method (`座谈会`, `访谈`, `问卷` …), or in the whole text when no method is stated.
 */
export function findVoices(document: Document, methodSpans: readonly Span[]): { grassroots: string[]; officials: string[] } {
  const text = document.raw.text;
  const sentences = document.structure.sentences;
  const scope =
    methodSpans.length === 0
      ? [text]
      : sentences.filter((s) => methodSpans.some((m) => s.start <= m.start && m.end <= s.end)).map((s) => text.slice(s.start, s.end));
  const present = occurring(scope);
  const heard = (words: readonly string[]): string[] => {
    const found = words.filter((w) => present.has(w));
    // `负责人` inside `主要负责人` is one voice, named once.
    return found.filter((w) => !found.some((other) => other !== w && other.includes(w)));
  };
  return { grassroots: heard(GRASSROOTS), officials: heard(OFFICIALS) };
}

/** The voice words by their first code unit, and a flag per code unit that starts one. */
const BY_FIRST = new Map<number, string[]>();
const STARTS = new Uint8Array(0x10000);
for (const word of [...GRASSROOTS, ...OFFICIALS]) {
  const first = word.charCodeAt(0);
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), word]);
  STARTS[first] = 1;
}

/** The voice words that occur in any of `pieces`, in one pass over each (not one search per word). */
function occurring(pieces: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const piece of pieces) {
    for (let i = 0; i < piece.length; i++) {
      if (STARTS[piece.charCodeAt(i)] === 0) continue;
      for (const word of BY_FIRST.get(piece.charCodeAt(i))!) if (piece.startsWith(word, i)) found.add(word);
    }
  }
  return found;
}
