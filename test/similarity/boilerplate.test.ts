import { describe, expect, it } from 'vitest';
import { checkDrafts } from '../../src/similarity/check.js';
import { kgramHashes } from '../../src/similarity/hash.js';
import { MemoryLookup } from '../../src/similarity/lookup.js';
import { K } from '../../src/similarity/parameters.js';
import { prepare } from '../../src/similarity/prepared.js';
import { textDocument } from './helpers.js';

/**
 * Common formulations (规范表述) are not copying: a passage held whole by several sources, or made mostly
 * of phrases that several sources hold, is `boilerplate`; a passage from one source is `copy`, though
 * the terms it is worded in are everyone's.
 */
const PHRASES = [
  '坚持以习近平新时代中国特色社会主义思想为指导',
  '全面贯彻党的二十大和二十届历次全会精神',
  '坚持稳中求进工作总基调',
  '完整准确全面贯彻新发展理念',
];
const SPECIFIC = '青禾县在石门镇试点建设了六座污水处理站，每座日处理能力两百吨，由县水务局统一运营维护，运行费用纳入县级财政预算。';

function corpus(texts: Record<string, string>): MemoryLookup {
  const lookup = new MemoryLookup();
  for (const [path, text] of Object.entries(texts)) {
    const prepared = prepare(path, textDocument(path, text).document);
    lookup.add(prepared, kgramHashes(prepared.content.codePoints, K));
  }
  return lookup;
}

describe('common formulations', () => {
  // Each phrase stands in three documents, each time in other company; only one holds them in a row.
  const sources = {
    'a.txt': `一年来，我们${PHRASES[0]}，扎实推进各项工作。交通运输保持平稳运行。`,
    'b.txt': `会议强调，要${PHRASES[1]}，做好明年经济工作。要${PHRASES[2]}，推动高质量发展。`,
    'c.txt': `全市上下${PHRASES[3]}，农业农村工作取得新进展。${PHRASES[0]}是根本遵循。`,
    'd.txt': `各级干部要${PHRASES[1]}，${PHRASES[3]}，${PHRASES[2]}。`,
    'e.txt': `今年的工作总体要求是：${PHRASES.join('，')}，加快建设现代化经济体系。`,
    'f.txt': `我们${PHRASES[2]}，${PHRASES[0]}，狠抓落实。`,
    'g.txt': `教育系统${PHRASES[3]}，也${PHRASES[1]}。`,
    'h.txt': `城市更新方面，${SPECIFIC}农村厕所改造完成一千二百户。`,
  };

  it('a chain of phrases that many documents hold is boilerplate, not copying', () => {
    const draft = textDocument('draft.txt', `本县今年工作的总体要求是：${PHRASES.join('，')}，奋力推进县域经济高质量发展。`);
    const [result] = checkDrafts([draft], corpus(sources), { crossDrafts: false });
    expect(result!.matches.length).toBeGreaterThan(0);
    expect(result!.matches.every((m) => m.kind === 'boilerplate')).toBe(true);
    expect(result!.copyRatio).toBe(0);
  });

  it('a sentence of terms many documents hold, in an order one document has, is copying', () => {
    // Each term (8 characters at most) stands in three or more documents, each time in other company;
    // only the source runs them together. Law and policy text is made of such terms: counted by its
    // terms, every article would be a common formulation.
    const terms = ['生态环境主管部门', '自然资源主管部门', '湿地保护修复', '生物多样性保护', '监测评估制度'];
    const sentence = `${terms[0]}会同${terms[1]}建立${terms[2]}和${terms[3]}${terms[4]}。`;
    const withTerms = {
      'l1.txt': `市${terms[0]}负责本行政区域内的监督管理。${terms[2]}工程由市政府统一部署。`,
      'l2.txt': `县${terms[1]}应当加强指导。${terms[3]}纳入国土空间规划。各地完善${terms[4]}。`,
      'l3.txt': `省${terms[0]}应当公开信息。${terms[1]}依法审批。${terms[4]}由省政府制定。`,
      'l4.txt': `推进${terms[2]}，实施${terms[3]}重大工程，${terms[0]}牵头落实。`,
      'l5.txt': `${terms[1]}和林业部门开展${terms[2]}试点。健全${terms[3]}和${terms[4]}。`,
      'source.txt': `第十二条 ${sentence}具体办法由省人民政府另行规定。`,
    };
    const draft = textDocument('draft.txt', `我县参照外地做法提出：${sentence}下一步将抓好落实。`);
    const [result] = checkDrafts([draft], corpus(withTerms), { crossDrafts: false });
    const copies = result!.matches.filter((m) => m.kind === 'copy');
    expect(copies.map((m) => m.source.path)).toEqual(['source.txt']);
    expect(copies[0]!.chars).toBeGreaterThanOrEqual(40);
  });

  it('a passage only one document holds is copying', () => {
    const draft = textDocument('draft.txt', `据了解，${SPECIFIC}下一步将在全县推广。`);
    const [result] = checkDrafts([draft], corpus(sources), { crossDrafts: false });
    const copies = result!.matches.filter((m) => m.kind === 'copy');
    expect(copies.map((m) => m.source.path)).toEqual(['h.txt']);
    expect(result!.copyRatio).toBeGreaterThan(0.6);
  });
});
