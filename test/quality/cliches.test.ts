import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/ingest/normalise/normalise.js';
import { findCliches, parseCliches } from '../../src/quality/cliches.js';
import { ROOT } from './helpers.js';

const shipped = readFileSync(join(ROOT, 'data/cliches.txt'), 'utf8');
const list = parseCliches(shipped);
const found = (text: string, l = list): string[] => {
  const view = normalise(text).text;
  return findCliches(view, l).map((h) => h.cliche.phrase);
};

describe('the shipped cliché list', () => {
  it('has at least 200 entries in categories', () => {
    expect(list.entries.length).toBeGreaterThanOrEqual(200);
    const categories = new Set(list.entries.map((e) => e.category));
    expect(categories.size).toBeGreaterThanOrEqual(6);
    expect(categories.has('其他')).toBe(false);
  });
  it('has no duplicate entries', () => {
    const lines = shipped.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    expect(new Set(lines).size).toBe(lines.length);
  });
});

describe('finding clichés', () => {
  const cases: [string, string, string[]][] = [
    ['plain', '我们高度重视农村人居环境整治。', ['高度重视']],
    ['longest first', '进一步加强组织领导。', ['进一步加强']],
    ['a gap', '切实提高基层社会治理水平。', ['切实提高…水平']],
    ['a gap never crosses a clause', '切实提高认识，水平不断上升。', ['切实提高']],
    ['a gap of ten characters', '切实提高甲乙丙丁戊己庚辛壬癸水平。', ['切实提高…水平']],
    ['a gap of eleven is too long', '切实提高甲乙丙丁戊己庚辛壬癸子水平。', ['切实提高']],
    ['a text that ends inside the gap', '切实提高水', ['切实提高']],
    ['a one-character first part', '以乡村振兴为抓手，', ['以…为抓手']],
    ['traditional script', '各項工作取得了明顯成效。', ['取得了明显成效']],
    ['several, in order', '坚定不移推进改革，久久为功，取得显著成效。', ['坚定不移', '久久为功', '取得显著成效']],
  ];
  it.each(cases)('%s', (_, text, expected) => expect(found(text)).toEqual(expected));

  const none: [string, string][] = [
    ['a concrete sentence', '走访了12个村，召开座谈会5场，发放问卷860份。'],
    ['a near miss', '领导重视程度高。'],
    ['a later part after the end of a clause', '以乡村振兴。为抓手'],
  ];
  it.each(none)('none: %s', (_, text) => expect(found(text)).toEqual([]));
});

describe('the list format', () => {
  it('takes categories from `# 类别：` headers and ignores other comments and blank lines', () => {
    const l = parseCliches('# 类别：甲\n# 一行注释\n\n抓铁有痕\n# 类别：乙\n踏石留印\n');
    expect(l.entries.map((e) => [e.phrase, e.category])).toEqual([
      ['抓铁有痕', '甲'],
      ['踏石留印', '乙'],
    ]);
  });
  it('adds a user list to the shipped one, dropping duplicates', () => {
    const extended = parseCliches(shipped, '# 类别：本地\n抓铁有痕\n高度重视\n');
    expect(extended.entries.length).toBe(list.entries.length + 1);
    expect(found('要抓铁有痕。', extended)).toEqual(['抓铁有痕']);
  });
});
