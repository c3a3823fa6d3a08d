import type { Match, MatchKind, Section } from '../model.js';
import type { Prepared } from './prepared.js';

export interface SourceShare {
  readonly path: string;
  readonly chars: number;
  readonly ratio: number;
}

export interface SectionRatio {
  readonly heading: string;
  readonly level: number;
  readonly start: number;
  readonly end: number;
  readonly copyRatio: number;
}

export interface Ratios {
  /** 总文字复制比: copied content characters (copy, quote, self) / all content characters. */
  readonly copyRatio: number;
  /** 去除引用文献复制比: quotes excluded. */
  readonly copyRatioExcludingQuotes: number;
  /** 去除本人文献复制比: self-reuse excluded. */
  readonly copyRatioExcludingSelf: number;
  /** 单篇最大文字复制比: the largest share taken from one source. */
  readonly maxSingleSourceRatio: number;
  readonly copiedChars: number;
  readonly totalChars: number;
  readonly sources: readonly SourceShare[];
  readonly sections: readonly SectionRatio[];
}

const COPYING: readonly MatchKind[] = ['copy', 'quote', 'self'];

/**
 * CNKI-style ratios over content characters (letters, CJK, digits; punctuation and spaces do not
 * count), each character counted once however many matches cover it. Boilerplate is not copying.
 */
export function ratios(draft: Prepared, matches: readonly Match[]): Ratios {
  const text = draft.document.raw.text;
  const isContent = new Uint8Array(text.length);
  for (let i = 0; i < draft.content.codePoints.length; i++) {
    const s = draft.document.normalised.starts[draft.content.toNormalised[i]!]!;
    isContent[s] = 1;
  }
  const totalChars = draft.content.codePoints.length;
  const count = (kinds: readonly MatchKind[], filter: (m: Match) => boolean = () => true): number =>
    covered(isContent, matches.filter((m) => kinds.includes(m.kind) && filter(m)));
  const copiedChars = count(COPYING);
  const share = (n: number): number => (totalChars === 0 ? 0 : round(n / totalChars));

  const bySource = new Map<string, Match[]>();
  for (const m of matches) {
    if (!COPYING.includes(m.kind)) continue;
    const list = bySource.get(m.source.path) ?? [];
    list.push(m);
    bySource.set(m.source.path, list);
  }
  const sources = [...bySource]
    .map(([path, list]) => {
      const chars = covered(isContent, list);
      return { path, chars, ratio: share(chars) };
    })
    .sort((a, b) => b.chars - a.chars || (a.path < b.path ? -1 : 1));

  return {
    copyRatio: share(copiedChars),
    copyRatioExcludingQuotes: share(count(['copy', 'self'])),
    copyRatioExcludingSelf: share(count(['copy', 'quote'])),
    maxSingleSourceRatio: sources[0]?.ratio ?? 0,
    copiedChars,
    totalChars,
    sources,
    sections: sectionRatios(draft.document.structure.root, isContent, matches.filter((m) => COPYING.includes(m.kind))),
  };
}

function sectionRatios(root: Section, isContent: Uint8Array, matches: readonly Match[]): SectionRatio[] {
  const out: SectionRatio[] = [];
  const visit = (section: Section): void => {
    if (section.heading) {
      const total = isContent.subarray(section.start, section.end).reduce((n, c) => n + c, 0);
      const inside = covered(isContent, matches, section.start, section.end);
      out.push({
        heading: `${section.heading.marker}${section.heading.text}`,
        level: section.heading.level,
        start: section.start,
        end: section.end,
        copyRatio: total === 0 ? 0 : round(inside / total),
      });
    }
    section.children.forEach(visit);
  };
  visit(root);
  return out;
}

/** Content characters covered by the union of the matches' spans, within `[from, to)`. */
function covered(isContent: Uint8Array, matches: readonly Match[], from = 0, to = isContent.length): number {
  const spans = matches
    .map((m) => [Math.max(m.start, from), Math.min(m.end, to)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let n = 0;
  let reach = from;
  for (const [s, e] of spans) {
    for (let i = Math.max(s, reach); i < e; i++) n += isContent[i]!;
    reach = Math.max(reach, e);
  }
  return n;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
