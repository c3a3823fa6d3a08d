import type { Document, Span } from '../../model.js';
import { spanIndexAt } from '../spans.js';
import type { SentenceTally } from './sentence-tally.js';

/** What a weak sentence's paragraph lacks, in the order an editor would ask for it. */
const KINDS = [
  ['quantity', '数据（数量、比例、金额）'],
  ['time', '时间（年份、月份、时段）'],
  ['entity', '地点或单位（哪个乡镇、哪个部门）'],
  ['evidence', '案例或对比（例如某村某企业的做法、同比变化）'],
] as const;

/**
 * Suggestions in Chinese for weak sentences: the kinds of fact that a sentence's whole paragraph lacks,
 * so the author knows what to add (a paragraph with figures but no example is asked for an example).
 * Each paragraph's facts are added up once.
 */
export function suggester(document: Document, tallies: readonly SentenceTally[]): (sentence: Span) => string {
  const paragraphs = document.structure.paragraphs;
  const present = new Map<number, Record<(typeof KINDS)[number][0], number>>();
  for (const t of tallies) {
    const k = spanIndexAt(paragraphs, t.start);
    const sum = present.get(k) ?? { quantity: 0, time: 0, entity: 0, evidence: 0 };
    for (const [kind] of KINDS) sum[kind] += t.facts[kind];
    present.set(k, sum);
  }
  return (sentence) => {
    const sum = present.get(spanIndexAt(paragraphs, sentence.start));
    const missing = KINDS.filter(([kind]) => !sum || sum[kind] === 0).map(([, label]) => label);
    const ask = missing.length > 0 ? missing : KINDS.map(([, label]) => label);
    return `补充${ask.join('、')}，写清做了什么、结果如何；没有实际内容就删去此句`;
  };
}
