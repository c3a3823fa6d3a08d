import { describe, expect, it } from 'vitest';
import { csvReporter } from '../../src/report/reporters/csv.js';
import { githubReporter } from '../../src/report/reporters/github.js';
import { htmlReporter } from '../../src/report/reporters/html/html.js';
import { diffPassages } from '../../src/report/reporters/html/diff.js';
import { REPORTERS, reporterForFile, reporterNamed } from '../../src/report/reporters/index.js';
import { jsonReporter } from '../../src/report/reporters/json.js';
import { markdownReporter } from '../../src/report/reporters/markdown.js';
import { terminalReporter } from '../../src/report/reporters/terminal.js';
import { afterAstral, DRAFT, REPORT, SOURCES, TEXTS } from './sample-report.js';

const options = { texts: TEXTS, sources: SOURCES };

describe('every reporter', () => {
  it.each(Object.entries(REPORTERS))('%s is pure: the same report gives the same string', (_, reporter) => {
    expect(reporter(REPORT, options)).toBe(reporter(REPORT, options));
    expect(typeof reporter(REPORT)).toBe('string');
  });

  it('formats by name and by file extension', () => {
    expect(reporterNamed('text')).toBe('terminal');
    expect(reporterNamed('pdf')).toBeNull();
    expect(['a.sarif', 'a.sarif.json', 'a.html', 'a.json', 'a.md', 'a.csv', 'a.txt', 'a.xml'].map(reporterForFile)).toEqual(['sarif', 'sarif', 'html', 'json', 'markdown', 'csv', 'terminal', null]);
  });
});

describe('terminal', () => {
  it('is plain without colour, with line:column computed from offsets (an astral character is one column)', () => {
    const out = terminalReporter(REPORT, options);
    expect(out).not.toContain('\u001b[');
    const line = DRAFT.split('\n')[4]!;
    const column = [...line.slice(0, afterAstral - DRAFT.lastIndexOf('\n') - 1)].length + 1;
    expect(out).toContain(`5:${column} 提示 concreteness/cliche`);
    expect(out).toContain('4:3 错误 threshold/copy-ratio');
    expect(out).toContain('reports/missing.md\n  错误 reports/missing.md: no such file');
    expect(out).toContain('gate: 未通过（2 个错误，1 个警告）');
  });

  it('colours only when asked', () => {
    expect(terminalReporter(REPORT, { ...options, color: true })).toContain('\u001b[31m错误\u001b[0m');
  });
});

describe('json', () => {
  it('adds line and column to each finding and keeps the documented fields', () => {
    const parsed = JSON.parse(jsonReporter(REPORT, options)) as { documents: { findings?: { line: number; column: number; endLine: number; span: unknown }[] }[] };
    expect(parsed.documents[0]!.findings![0]).toMatchObject({ line: 4, column: 3, endLine: 4, span: { start: DRAFT.indexOf('全县建成') } });
    expect(Object.keys(parsed)).toEqual(['tool', 'corpus', 'documents', 'gate']);
  });
});

describe('markdown', () => {
  it('escapes document text and lists errors and warnings, not information', () => {
    const out = markdownReporter(REPORT, options);
    expect(out).toContain('❌ **未通过**');
    expect(out).toContain('reports/a "b" &lt;c&gt;.md');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('concreteness/cliche');
  });
});

describe('github annotations', () => {
  it('one command per error or warning, properties and data escaped', () => {
    const lines = githubReporter(REPORT, options).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=reports\/a "b" <c>\.md,line=4,col=3,endLine=4,endColumn=\d+,title=wenchao threshold\/copy-ratio::总文字复制比 42\.0%25 /u);
    expect(lines[1]).toContain('title=wenchao originality/copy::与已有文稿雷同：30字, 相似度 90%25%0A建议：改用自己的话重写');
    expect(lines[2]).toBe('::error file=reports/missing.md,line=1,col=1,endLine=1,endColumn=1,title=wenchao io/unreadable::reports/missing.md: no such file');
  });
});

describe('csv', () => {
  it('one row per document, BOM, CRLF, quoted fields', () => {
    const out = csvReporter(REPORT);
    expect(out.startsWith('\uFEFFpath,status,')).toBe(true);
    const rows = out.split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^"reports\/a ""b"" <c>\.md",checked,/u);
    expect(rows[2]).toContain(',failed,');
  });
});

describe('html', () => {
  const page = htmlReporter(REPORT, options);

  it('escapes every piece of document text: <script> and "onerror= stay text', () => {
    expect(page).toContain('关于&lt;script&gt;alert(1)&lt;/script&gt;的调研报告');
    expect(page).toContain('&lt;img src=x &quot;onerror=alert(2)&quot;&gt;');
    expect(page).not.toMatch(/<script>alert/u);
    expect(page).not.toMatch(/<img/u);
    expect(page).toContain('《松溪县数字乡村&lt;b&gt;调研&lt;/b&gt;报告》');
    expect(page).toContain('reports/a &quot;b&quot; &lt;c&gt;.md');
    expect(page.match(/<script>/gu)).toHaveLength(1);
  });

  it('is self-contained: no external URL, script allowed by hash only', () => {
    expect(page).not.toMatch(/(?:src|href)="(?:https?:)?\/\//u);
    expect(page).toMatch(/script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/u);
  });

  it('highlights matches by kind, with a hidden comparison for each', () => {
    expect(page).toMatch(/<mark class="m k-copy" data-m="d0-m0"/u);
    expect(page).toMatch(/<mark class="m k-quote" data-m="d0-m1"/u);
    expect(page).toContain('<section class="cmp" id="cmp-d0-m0" hidden>');
    expect(page).toContain('来源文本不在本次报告中');
  });
});

describe('diffPassages', () => {
  it('keeps the common subsequence and marks what each side adds', () => {
    const diff = diffPassages('全县建成电商服务站41个', '全县建成农产品电商服务站41个')!;
    expect(diff.a).toEqual([{ text: '全县建成电商服务站41个', same: true }]);
    expect(diff.b).toEqual([
      { text: '全县建成', same: true },
      { text: '农产品', same: false },
      { text: '电商服务站41个', same: true },
    ]);
  });

  it('never splits a surrogate pair', () => {
    const diff = diffPassages('𠮷野家', '吉野家')!;
    expect(diff.a[0]).toEqual({ text: '𠮷', same: false });
  });
});
