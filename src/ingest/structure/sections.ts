import type { Heading, Section } from '../../model.js';

interface Open {
  readonly heading: Heading | null;
  readonly start: number;
  readonly level: number;
  readonly children: Section[];
}

/**
 * The section tree: the root spans the whole text; each heading opens a section that runs until the next
 * heading of the same or a higher level (a smaller number), or the end of its parent. Sections of one
 * parent are disjoint and ordered, and children lie inside their parent. `headings` must be sorted and
 * disjoint; one pass with a stack of open sections.
 */
export function buildSections(headings: readonly Heading[], length: number): Section {
  const stack: Open[] = [{ heading: null, start: 0, level: 0, children: [] }];
  const close = (end: number): void => {
    const open = stack.pop()!;
    stack[stack.length - 1]!.children.push({ start: open.start, end, heading: open.heading, children: open.children });
  };
  for (const heading of headings) {
    while (stack.length > 1 && stack[stack.length - 1]!.level >= heading.level) close(heading.start);
    stack.push({ heading, start: heading.start, level: heading.level, children: [] });
  }
  while (stack.length > 1) close(length);
  return { start: 0, end: length, heading: null, children: stack[0]!.children };
}

/** The innermost section that contains `offset` (the root when no heading's section does). */
export function sectionAt(root: Section, offset: number): Section {
  let section = root;
  for (;;) {
    const child = section.children.find((c) => c.start <= offset && offset < c.end);
    if (!child) return section;
    section = child;
  }
}
