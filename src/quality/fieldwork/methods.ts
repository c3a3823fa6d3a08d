import type { Document } from '../../model.js';
import type { FieldworkMethod } from '../quality-report.js';
import { originalSpan } from '../spans.js';

/** Research methods of office fieldwork, by canonical name, as written in reports (normalised text). */
const METHODS: readonly (readonly [string, RegExp])[] = [
  ['实地走访', /实地走访|走访|实地察看|实地查看|实地调研|实地考察|入户调查|入户/gu],
  ['座谈会', /座谈会?/gu],
  ['问卷', /问卷/gu],
  ['个别访谈', /个别访谈|深度访谈|访谈/gu],
  ['蹲点', /蹲点|驻村调研|解剖麻雀/gu],
  ['查阅资料', /查阅|调阅|收集[^,。;]{0,4}资料|文献研究/gu],
  ['抽样调查', /抽样|抽查/gu],
  ['暗访', /暗访|四不两直/gu],
];

/** A count stated with a method: `走访了12个村`, `召开座谈会5场`, `发放问卷860份`, `12个乡镇实地走访`. */
const COUNT = /(\d+)(?:多|余)?(个|场|次|份|户|人|家|名|处|所|位|批|村|镇|乡|县|区)/u;
/** How far from the method word its count may stand, inside the same clause. */
const AFTER = 14;
const BEFORE = 14;
const CLAUSE_END = /[,。;!?:]/u;

/**
 * The research methods a document states, each once (its first mention), with the first count stated
 * with any of its mentions. Scans the normalised text; spans are original.
 */
export function findMethods(document: Document): FieldworkMethod[] {
  const view = document.normalised;
  const out: FieldworkMethod[] = [];
  for (const [method, pattern] of METHODS) {
    let first: FieldworkMethod | null = null;
    for (const m of view.text.matchAll(pattern)) {
      const span = originalSpan(view, m.index, m.index + m[0].length);
      const count = countNear(view.text, m.index, m.index + m[0].length);
      const mention: FieldworkMethod = count ? { method, ...span, count: count.n, unit: count.unit } : { method, ...span };
      if (!first) first = mention;
      if (count) {
        first = { ...first, count: count.n, unit: count.unit };
        break;
      }
    }
    if (first) out.push(first);
  }
  return out.sort((a, b) => a.start - b.start);
}

function countNear(text: string, start: number, end: number): { n: number; unit: string } | null {
  const after = clause(text.slice(end, end + AFTER), false);
  const before = clause(text.slice(Math.max(0, start - BEFORE), start), true);
  const m = COUNT.exec(after) ?? lastMatch(before);
  return m ? { n: Number(m[1]), unit: m[2]! } : null;
}

/** The part of `piece` on the method's side of a clause mark. */
function clause(piece: string, before: boolean): string {
  if (!before) {
    const i = piece.search(CLAUSE_END);
    return i < 0 ? piece : piece.slice(0, i);
  }
  let i = piece.length;
  while (i > 0 && !CLAUSE_END.test(piece[i - 1]!)) i--;
  return piece.slice(i);
}

function lastMatch(piece: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  const all = new RegExp(COUNT.source, 'gu');
  for (let m = all.exec(piece); m; m = all.exec(piece)) last = m;
  return last;
}
