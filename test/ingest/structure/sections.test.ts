import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Heading, Section } from '../../../src/model.js';
import { buildSections } from '../../../src/ingest/structure/sections.js';
import { findStructure } from '../../../src/ingest/structure/structure.js';
import { fixture } from './helpers.js';

/** The tree as nested `[heading text, children]`. */
type Shape = [string, Shape[]];
const shape = (s: Section): Shape[] => s.children.map((c) => [c.heading?.text ?? '', shape(c)]);

describe('section tree', () => {
  it('nests the 调研报告 by its ladder', () => {
    const text = fixture('diaoyan.txt');
    const { root } = findStructure(text, []);
    expect(shape(root)).toEqual([
      ['基本情况', [
        ['发展规模持续扩大', []],
        ['主要做法', [
          ['加强组织领导', []],
          ['完善物流体系', [['推进快递进村', []], ['降低物流成本', []]]],
        ]],
      ]],
      ['存在的问题', []],
      ['对策建议', [['加大政策扶持力度', []], ['加强人才队伍建设', []]]],
    ]);
    expect(root).toMatchObject({ start: 0, end: text.length, heading: null });
  });

  it('runs a section to the next heading of the same or a higher level', () => {
    const text = '一、甲\n内容\n（一）乙\n内容\n二、丙\n内容';
    const { root } = findStructure(text, []);
    const [first, second] = root.children;
    expect(text.slice(first!.start, first!.end)).toBe('一、甲\n内容\n（一）乙\n内容\n');
    expect(text.slice(first!.children[0]!.start, first!.children[0]!.end)).toBe('（一）乙\n内容\n');
    expect(text.slice(second!.start, second!.end)).toBe('二、丙\n内容');
  });

  it('nests a level jump (1 → 3) directly', () => {
    const text = '# 标题\n正文\n### 三级';
    const { root } = findStructure(text, []);
    expect(shape(root)).toEqual([['三级', []]]); // `# 标题` is the title, not a heading
    const plain = findStructure('正文\n## 二级\n#### 四级\n## 又二级', []);
    expect(shape(plain.root)).toEqual([['二级', [['四级', []]]], ['又二级', []]]);
  });

  it('has only the root for a text without headings', () => {
    expect(findStructure('同志们：\n今天召开大会。', []).root).toEqual({ start: 0, end: 12, heading: null, children: [] });
  });

  it('nests for any sequence of levels (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (levels, width) => {
        const headings: Heading[] = levels.map((level, i) => ({ start: i * width * 2, end: i * width * 2 + width, level, style: 'markdown', marker: '', text: '' }));
        const length = levels.length * width * 2 + 3;
        const root = buildSections(headings, length);
        let count = 0;
        const check = (s: Section): void => {
          let last = s.start;
          for (const c of s.children) {
            count++;
            expect(c.start).toBeGreaterThanOrEqual(last);
            expect(c.end).toBeLessThanOrEqual(s.end);
            expect(c.heading!.start).toBe(c.start);
            if (s.heading) expect(c.heading!.level).toBeGreaterThan(s.heading.level);
            last = c.end;
            check(c);
          }
        };
        check(root);
        expect(count).toBe(levels.length);
        expect(root).toMatchObject({ start: 0, end: length });
      }),
    );
  });
});
