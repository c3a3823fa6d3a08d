import type { Finding, Match } from '../../../model.js';
import { html, type Html } from './escape.js';

/** Which match wins where several cover one character: copy over self over quote over boilerplate. */
const KIND_RANK = { copy: 0, self: 1, quote: 2, boilerplate: 3 } as const;

/**
 * The draft text as HTML: cut at every match and finding boundary; a piece under a match is a `<mark>`
 * of its kind naming the match (`data-m`), a piece under a warning or error finding is underlined. Each
 * piece starting at a finding has an anchor id, so the quality panel can link to it.
 */
export function highlightDraft(text: string, matches: readonly Match[], findings: readonly Finding[], prefix: string): Html {
  const flagged = findings.filter((f) => f.severity !== 'info' && !f.ruleId.startsWith('originality/') && !f.ruleId.startsWith('threshold/') && f.span.end > f.span.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of [...matches, ...flagged.map((f) => f.span)]) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const anchors = new Set(findings.map((f) => f.span.start));
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Html[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    const piece = text.slice(start, end);
    const id = anchors.has(start) ? `${prefix}-o${start}` : null;
    let best = -1;
    matches.forEach((m, i) => {
      if (m.start <= start && m.end >= end && (best < 0 || KIND_RANK[m.kind] < KIND_RANK[matches[best]!.kind])) best = i;
    });
    const flag = flagged.some((f) => f.span.start <= start && f.span.end >= end) ? ' flag' : '';
    if (best >= 0) {
      const m = matches[best]!;
      pieces.push(html`<mark class="m k-${m.kind}${flag}" data-m="${`${prefix}-m${best}`}" tabindex="0" ${id ? html`id="${id}"` : ''}>${piece}</mark>`);
    } else if (flag || id) {
      pieces.push(html`<span class="${flag.trim()}" ${id ? html`id="${id}"` : ''}>${piece}</span>`);
    } else pieces.push(html`${piece}`);
  }
  return html`${pieces}`;
}
