import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/ingest/read/index.js';
import { mergeMeta, metaFromFields, normaliseDate } from '../../../src/ingest/read/meta-fields.js';
import { parseSidecar, sidecarCandidates } from '../../../src/ingest/read/sidecar.js';

describe('dates', () => {
  it.each([
    ['2023-05-01', '2023-05-01'],
    ['2023-5-1', '2023-05-01'],
    ['2023/5/1', '2023-05-01'],
    ['2023.05.01', '2023-05-01'],
    ['2023年5月1日', '2023-05-01'],
    ['2023 年 5 月 1 日', '2023-05-01'],
    ['2023-05-01T09:30:00Z', '2023-05-01'],
    ['2023年5月', '2023-05'],
    ['2023-05', '2023-05'],
    ['2023年', '2023'],
    [' 2023 ', '2023'],
    ['2023年13月1日', '2023年13月1日'],
    ['二〇二三年五月', '二〇二三年五月'],
    ['去年秋天', '去年秋天'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });
});

describe('metadata fields', () => {
  it('accepts English keys in any case and Chinese keys, first synonym wins, numbers as text', () => {
    const fields: [string, unknown][] = [['TITLE', ' 调研报告 '], ['标题', '另一个'], ['作者', '王芳'], ['日期', 2023], ['出处', ''], ['page', 3]];
    expect(metaFromFields(fields)).toEqual({ meta: { title: '调研报告', author: '王芳', date: '2023' }, rejected: [] });
  });

  it('rejects values that are not text', () => {
    expect(metaFromFields([['author', ['张三', '李四']], ['source', { name: '新华社' }]]).rejected).toEqual(['author', 'source']);
  });

  it('merges with the later source winning field by field', () => {
    expect(mergeMeta({ title: '甲', author: '乙' }, { author: '丙', source: '丁' })).toEqual({ title: '甲', author: '丙', source: '丁' });
  });
});

describe('sidecar files', () => {
  it('are looked for as FILE.ext.json, then FILE.json', () => {
    expect(sidecarCandidates('corpus/a.txt')).toEqual(['corpus/a.txt.json', 'corpus/a.json']);
  });

  it.each([
    ['not JSON', '{title: 报告}', /^ignored sidecar s\.json: not valid JSON \(/u],
    ['an array', '["报告"]', /^ignored sidecar s\.json: expected a JSON object$/u],
    ['a field that is not text', '{"author": ["张三"]}', /^sidecar s\.json: field "author" is not text, ignored$/u],
  ])('warn when %s', (_name, json, warning) => {
    const sidecar = parseSidecar('s.json', json);
    expect(sidecar.warnings).toHaveLength(1);
    expect(sidecar.warnings[0]).toMatch(warning);
  });

  it('may start with a BOM, as Windows Notepad writes them', () => {
    expect(parseSidecar('s.json', '\uFEFF{"作者": "李华"}').meta).toEqual({ author: '李华' });
  });

  describe('beside a document on disk', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'wenchao-sidecar-'));
      const frontMatter = '---\ntitle: 前言中的标题\nauthor: 前言作者\n---\n正文。\n';
      writeFileSync(join(dir, 'both.md'), frontMatter);
      writeFileSync(join(dir, 'both.md.json'), JSON.stringify({ author: '侧车作者', date: '2023/5/1', source: '人民日报' }));
      writeFileSync(join(dir, 'both.json'), JSON.stringify({ author: '不该被读到' }));
      writeFileSync(join(dir, 'stem.txt'), '正文。');
      writeFileSync(join(dir, 'stem.json'), JSON.stringify({ 标题: '主干名侧车' }));
      writeFileSync(join(dir, 'broken.txt'), '正文。');
      writeFileSync(join(dir, 'broken.txt.json'), '{"title": ');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('win over front matter, field by field, and FILE.ext.json comes first', async () => {
      const document = await readDocument(join(dir, 'both.md'));
      expect(document.meta).toEqual({ title: '前言中的标题', author: '侧车作者', date: '2023-05-01', source: '人民日报' });
      expect(document.warnings).toEqual([]);
    });

    it('may be named after the stem', async () => {
      expect((await readDocument(join(dir, 'stem.txt'))).meta).toEqual({ title: '主干名侧车' });
    });

    it('when malformed give a warning, not an error', async () => {
      const document = await readDocument(join(dir, 'broken.txt'));
      expect(document.text).toBe('正文。');
      expect(document.meta).toEqual({});
      expect(document.warnings).toHaveLength(1);
      expect(document.warnings[0]).toContain(`ignored sidecar ${join(dir, 'broken.txt.json')}: not valid JSON`);
    });
  });
});
