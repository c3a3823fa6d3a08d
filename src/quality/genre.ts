import type { Document } from '../model.js';

export const GENRES = ['调研报告', '工作报告', '讲话稿'] as const;
export type Genre = (typeof GENRES)[number];
/** How the genre was chosen: set by the user, read from the title, the headings or the opening, or the default. */
export type GenreSource = 'option' | 'title' | 'headings' | 'opening' | 'default';

const TITLE_CUES: readonly (readonly [RegExp, Genre])[] = [
  [/调研报告|调查报告|考察报告|调研$|调查$|的调研|的调查/u, '调研报告'],
  [/讲话|致辞|发言|贺信|贺词|报告会上|演讲/u, '讲话稿'],
  [/工作报告|总结|汇报|述职|情况报告|工作情况|报告$/u, '工作报告'],
];

/** Headings that only a research report has (a problem found and what to do about it). */
const RESEARCH_HEADINGS = [/存在.{0,4}问题|主要问题|问题及原因|问题与不足/u, /对策|建议/u];
/** A speech opens by addressing its audience. */
const SPEECH_OPENING = /^(?:同志们|各位代表|各位来宾|女士们|尊敬的|亲爱的|老师们|同学们)/u;

/**
 * The genre a document is scored as: from its title (`…调研报告`, `在…会议上的讲话`, `…工作总结`),
 * else from its headings (存在问题 and 对策建议 make a research report), else from its opening words
 * (`同志们：` makes a speech), else 工作报告, the most general of the three.
 */
export function detectGenre(document: Document): { genre: Genre; source: GenreSource } {
  const { structure, raw } = document;
  const title = structure.title?.text ?? raw.meta.title ?? '';
  for (const [cue, genre] of TITLE_CUES) if (cue.test(title)) return { genre, source: 'title' };
  const headings = structure.headings.map((h) => h.text);
  if (RESEARCH_HEADINGS.every((cue) => headings.some((h) => cue.test(h)))) return { genre: '调研报告', source: 'headings' };
  const first = structure.paragraphs.find((p) => !structure.title || p.start >= structure.title.end);
  if (first && SPEECH_OPENING.test(raw.text.slice(first.start, first.start + 8))) return { genre: '讲话稿', source: 'opening' };
  return { genre: '工作报告', source: 'default' };
}
