import iconv from 'iconv-lite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestSummary } from '../../src/cli/commands/ingest-summary.js';
import { EXIT_OK } from '../../src/cli/exit-codes.js';
import { linesOf, ROOT, runCli, tempDir } from './run-cli.js';

const SAMPLE = 'corpora/sample/reference';
const REPORT = `${SAMPLE}/青禾县农村人居环境整治调研报告.txt`;
const MARKDOWN = `${SAMPLE}/石门镇营商环境优化情况汇报.md`;

/** A report in GBK, as Windows tools in mainland China still write them. */
const GBK_REPORT = [
  '柳溪乡数字乡村建设调研报告',
  '',
  '一、基本情况',
  '今年以来，我乡统筹推进数字乡村建设，成效明显。全乡建成益农信息社十二个。',
  '（一）基础设施不断完善',
  '全乡行政村光纤通达率达到百分之百，“村村通”目标全面实现。',
  '（二）应用场景逐步丰富',
  '1.推行线上办事',
  '群众足不出村即可办理社保、医保等二十余项业务。',
  '二、存在的问题',
  '部分村庄网络覆盖仍有短板，群众数字技能有待提升。',
  '',
].join('\n');

async function ingestJson(...args: string[]): Promise<IngestSummary[]> {
  const { code, stdout, stderr } = await runCli(['ingest', '--format', 'json', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(EXIT_OK);
  return (JSON.parse(stdout) as { documents: IngestSummary[] }).documents;
}

/** Non-blank lines: the paragraphs of a plain-text report written one paragraph per line. */
const nonBlankLines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

describe('ingest on the sample corpus', () => {
  it('text: path, format and encoding, metadata from the sidecar, title and the heading tree by indentation', async () => {
    const { code, stdout, stderr } = await runCli(['ingest', REPORT]);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
    const lines = linesOf(stdout);
    expect(lines[0]).toBe(REPORT);
    expect(lines[1]).toMatch(/^ {2}format txt · encoding utf-8 · 2040 characters \(\d+ normalised\)$/u);
    expect(lines).toContain('  meta: title=青禾县农村人居环境整治调研报告 · author=青禾县政策研究室 · date=2024-10-15 · source=《青禾调研》2024年第10期');
    expect(lines).toContain('  title: 青禾县农村人居环境整治调研报告');
    // Level n is indented by 2n + 2 spaces.
    expect(lines).toContain('    一、基本情况');
    expect(lines).toContain('      （一）坚持规划先行，推动整治有章可循');
    expect(lines).toContain('        1.推行积分制管理');
    expect(stdout.endsWith('\n\n')).toBe(true);
  });

  it('json: title, headings with level, style, marker and a span that points at the heading in the file', async () => {
    const [doc] = await ingestJson(REPORT);
    const text = readFileSync(join(ROOT, REPORT), 'utf8');
    expect(doc).toMatchObject({ path: REPORT, format: 'txt', encoding: 'utf-8', characters: text.length, warnings: [] });
    expect(doc!.title).toBe('青禾县农村人居环境整治调研报告');
    expect(doc!.meta).toEqual({ title: '青禾县农村人居环境整治调研报告', author: '青禾县政策研究室', date: '2024-10-15', source: '《青禾调研》2024年第10期' });
    expect(doc!.headings.map((h) => `${h.level} ${h.marker}${h.text}`)).toEqual([
      '1 一、基本情况',
      '1 二、主要做法和成效',
      '2 （一）坚持规划先行，推动整治有章可循',
      '2 （二）坚持群众主体，激发共建共享活力',
      '3 1.推行积分制管理',
      '3 2.发挥村规民约作用',
      '2 （三）坚持建管并重，构建长效运行机制',
      '1 三、存在的问题',
      '2 （一）整治进展不够平衡',
      '2 （二）设施管护存在短板',
      '2 （三）群众参与仍不充分',
      '2 （四）长效投入机制尚未建立',
      '1 四、原因分析',
      '1 五、对策建议',
      '2 （一）分类推进，补齐偏远村庄短板',
      '2 （二）健全机制，强化设施长效管护',
      '3 1.明确管护责任',
      '3 2.落实运维经费',
      '2 （三）凝聚合力，调动群众参与积极性',
      '2 （四）多元投入，拓宽资金来源渠道',
    ]);
    expect(new Set(doc!.headings.map((h) => `${h.level} ${h.style}`))).toEqual(new Set(['1 cn-number', '2 cn-paren', '3 arabic-dot']));
    // Spans are UTF-16 offsets into the original text: each heading span holds its marker and text.
    for (const h of doc!.headings) expect(text.slice(h.start, h.end)).toContain(`${h.marker}${h.text}`);
  });

  it('json: counts agree with the file (one paragraph per line, one quotation per “…”)', async () => {
    const [doc] = await ingestJson(REPORT);
    const text = readFileSync(join(ROOT, REPORT), 'utf8');
    expect(doc!.counts).toMatchObject({
      paragraphs: nonBlankLines(text).length,
      quotations: [...text].filter((c) => c === '“').length,
      citedQuotations: 0,
      citations: 0,
    });
    expect(doc!.counts.sentences).toBeGreaterThanOrEqual([...text.matchAll(/[。！？]/gu)].length);
    expect(doc!.counts.words).toBeGreaterThan(500);
    expect(doc!.references).toBeNull();
    expect(doc).not.toHaveProperty('words');
    expect(doc).not.toHaveProperty('text');
  });

  it('json on Markdown: front matter is metadata, `#` is the title, `##`/`###` are heading levels 2 and 3', async () => {
    const [doc] = await ingestJson(MARKDOWN);
    const text = readFileSync(join(ROOT, MARKDOWN), 'utf8');
    const atx = text.split('\n').filter((line) => line.startsWith('#'));
    expect(doc).toMatchObject({ format: 'md', encoding: 'utf-8', title: '石门镇营商环境优化情况汇报' });
    expect(doc!.meta).toMatchObject({ title: '石门镇营商环境优化情况汇报', author: '石门镇党政办', date: '2025-03-10' });
    expect(doc!.headings).toHaveLength(atx.length - 1);
    expect(doc!.headings.every((h) => h.style === 'markdown' && h.marker === '')).toBe(true);
    expect(doc!.headings.map((h) => `${h.level} ${h.text}`)).toEqual(
      atx.slice(1).map((line) => `${line.indexOf(' ')} ${line.slice(line.indexOf(' ') + 1)}`),
    );
  });

  it('a batch of files: one summary each, in the order given', async () => {
    const docs = await ingestJson(REPORT, MARKDOWN, 'corpora/sample/drafts/draft-copied.txt');
    expect(docs.map((d) => d.path)).toEqual([REPORT, MARKDOWN, 'corpora/sample/drafts/draft-copied.txt']);
    const text = await runCli(['ingest', REPORT, MARKDOWN]);
    expect(text.code).toBe(EXIT_OK);
    expect(linesOf(text.stdout).filter((line) => !line.startsWith(' ') && line !== '')).toEqual([REPORT, MARKDOWN]);
  });

  it('the same input gives byte-identical JSON', async () => {
    const first = await runCli(['ingest', '-f', 'json', '--words', REPORT]);
    const second = await runCli(['ingest', '-f', 'json', '--words', REPORT]);
    expect(second.stdout).toBe(first.stdout);
  });
});

describe('ingest on a GBK file', () => {
  const tmp = tempDir('wenchao-cli-gbk-');
  const path = tmp.at('柳溪乡调研报告.txt');

  beforeAll(() => writeFileSync(path, iconv.encode(GBK_REPORT, 'gbk')));
  afterAll(() => tmp.remove());

  it('detects GB18030 (the superset of GBK), decodes the text and finds title and headings', async () => {
    const [doc] = await ingestJson('--text', path);
    expect(doc).toMatchObject({ path, format: 'txt', encoding: 'gb18030', text: GBK_REPORT, warnings: [] });
    expect(doc!.title).toBe('柳溪乡数字乡村建设调研报告');
    expect(doc!.headings.map((h) => [h.level, h.style, h.marker, h.text])).toEqual([
      [1, 'cn-number', '一、', '基本情况'],
      [2, 'cn-paren', '（一）', '基础设施不断完善'],
      [2, 'cn-paren', '（二）', '应用场景逐步丰富'],
      [3, 'arabic-dot', '1.', '推行线上办事'],
      [1, 'cn-number', '二、', '存在的问题'],
    ]);
    for (const h of doc!.headings) expect(GBK_REPORT.slice(h.start, h.end)).toBe(`${h.marker}${h.text}`);
    expect(doc!.counts.paragraphs).toBe(nonBlankLines(GBK_REPORT).length);
    expect(doc!.counts.quotations).toBe(1);
  });

  it('text output names the encoding', async () => {
    const { code, stdout } = await runCli(['ingest', path]);
    expect(code).toBe(EXIT_OK);
    expect(linesOf(stdout)[1]).toMatch(/· encoding gb18030 ·/u);
  });

  it('--encoding GBK decodes it as told, with GB18030 (a GBK file decodes identically)', async () => {
    const [doc] = await ingestJson('--encoding', 'GBK', path);
    expect(doc!.encoding).toBe('gb18030');
    expect(doc!.title).toBe('柳溪乡数字乡村建设调研报告');
  });
});

describe('ingest --words', () => {
  it('text: prints word/tag pairs from jieba with part-of-speech tags', async () => {
    const { code, stdout } = await runCli(['ingest', '--words', REPORT]);
    expect(code).toBe(EXIT_OK);
    const lines = linesOf(stdout);
    const at = lines.indexOf('  words:');
    expect(at).toBeGreaterThan(0);
    const pairs = lines.slice(at + 1).join(' ').trim().split(/\s+/u);
    expect(pairs.length).toBeGreaterThan(500);
    for (const pair of pairs) expect(pair).toMatch(/^[^/]+\/[a-z]+$/u);
    // Ordinary dictionary words and tags …
    expect(pairs).toContain('调研/vn');
    // … and a term from corpora/userdict.txt, loaded from the working directory, kept whole.
    expect(pairs).toContain('农村人居环境整治/n');
  });

  it('json: every word has a tag and a span into the original text that holds it', async () => {
    const [doc] = await ingestJson('--words', REPORT);
    const text = readFileSync(join(ROOT, REPORT), 'utf8');
    const words = doc!.words!;
    expect(words.length).toBeGreaterThan(500);
    let previous = 0;
    for (const w of words) {
      expect(w.tag).toMatch(/^[a-z]+$/u);
      expect(w.start).toBeGreaterThanOrEqual(previous);
      expect(w.end).toBeGreaterThan(w.start);
      expect(w.end).toBeLessThanOrEqual(text.length);
      previous = w.end;
    }
    // Words of pure CJK text are the original text itself (normalisation leaves them alone).
    for (const w of words.filter((x) => /^\p{Script=Han}+$/u.test(x.word))) expect(text.slice(w.start, w.end)).toBe(w.word);
  });

  it('without a user dictionary in the working directory, jieba cuts the domain term apart', async () => {
    const tmp = tempDir('wenchao-cli-nodict-');
    try {
      const [doc] = (JSON.parse((await runCli(['ingest', '-f', 'json', '--words', join(ROOT, REPORT)], { cwd: tmp.dir })).stdout) as {
        documents: IngestSummary[];
      }).documents;
      expect(doc!.words!.map((w) => w.word)).not.toContain('农村人居环境整治');
    } finally {
      tmp.remove();
    }
  });
});

describe('ingest resolves paths against the working directory it is given', () => {
  it('a relative file name is found in io.cwd', async () => {
    const tmp = tempDir('wenchao-cli-cwd-');
    try {
      writeFileSync(tmp.at('report.txt'), GBK_REPORT);
      const result = await runCli(['ingest', 'report.txt'], { cwd: tmp.dir });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(EXIT_OK);
    } finally {
      tmp.remove();
    }
  });
});
