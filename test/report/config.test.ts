import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/discover.js';
import { globMatcher } from '../../src/config/ignore.js';
import { findSuppressions, suppress } from '../../src/config/suppression.js';
import { validateConfig } from '../../src/config/validate.js';
import type { Finding } from '../../src/model.js';
import { tempDir } from '../cli/run-cli.js';

const tmp = tempDir('wenchao-config-');
afterAll(() => tmp.remove());

describe('globMatcher', () => {
  it.each([
    [['drafts/'], 'drafts/a.md', true],
    [['drafts/'], 'x/drafts/a.md', true],
    [['/drafts/'], 'x/drafts/a.md', false],
    [['*.docx'], 'reports/2024/a.docx', true],
    [['reports/*.md'], 'reports/2024/a.md', false],
    [['reports/**/*.md'], 'reports/2024/a.md', true],
    [['reports/**/*.md'], 'reports/a.md', true],
    [['**/*.{md,txt}'], 'a/b.txt', true],
    [['reports/', '!reports/keep.md'], 'reports/keep.md', false],
    [['# comment', ''], 'a.md', false],
    [['草稿/'], '草稿/一.md', true],
  ] as const)('%j matches %s: %s', (patterns, path, expected) => {
    expect(globMatcher(patterns)(path)).toBe(expected);
  });
});

describe('inline suppression', () => {
  const text = '甲<!-- wenchao-disable concreteness/cliche structure -->乙丙<!-- wenchao-enable -->丁<!-- wenchao-disable -->戊';
  const at = (s: string): number => text.indexOf(s);
  const f = (ruleId: string, where: string): Finding => ({ ruleId, severity: 'warning', span: { start: at(where), end: at(where) + 1 }, message: '' });

  it('drops findings of the named rules and families inside, keeps others and thresholds', () => {
    const findings = [f('concreteness/cliche', '乙'), f('structure/long-sentence', '丙'), f('concreteness/slogan-sentence', '乙'), f('concreteness/cliche', '丁'), f('fieldwork/no-method', '戊'), f('threshold/concreteness', '戊')];
    expect(suppress(findings, findSuppressions(text)).map((x) => `${x.ruleId}@${text[x.span.start]}`)).toEqual(['concreteness/slogan-sentence@乙', 'concreteness/cliche@丁', 'threshold/concreteness@戊']);
  });
});

describe('configuration', () => {
  it('defaults without a file', () => {
    const config = validateConfig({}, null, '/r');
    expect(config.thresholds).toEqual({ maxCopyRatio: 0.3, maxCopyRatioExcludingQuotes: 0.2, maxSingleSourceRatio: 0.15, minConcreteness: 40, minStructure: 40 });
    expect(config.corpus).toBe('/r/corpora/.wenchao/index.sqlite');
    expect(config.maxWarnings).toBe(-1);
  });

  it('null turns a threshold off; relative paths start at the file', () => {
    const config = validateConfig({ thresholds: { minStructure: null }, corpus: 'db.sqlite', exclude: { whitelist: 'w.txt' } }, '/r/.wenchaorc.json', '/r');
    expect(config.thresholds.minStructure).toBeNull();
    expect(config.corpus).toBe('/r/db.sqlite');
    expect(config.exclude.whitelist).toBe('/r/w.txt');
  });

  it.each([
    [{ thresholds: { maxCopyRatio: '30%' } }, 'thresholds.maxCopyRatio must be a number from 0 to 1 (or null to turn it off), got "30%"'],
    [{ thresholds: { minConcreteness: 120 } }, 'thresholds.minConcreteness must be a number from 0 to 100 (or null to turn it off), got 120'],
    [{ thresholds: { maxCopy: 0.1 } }, 'unknown key thresholds.maxCopy (known: maxCopyRatio, maxCopyRatioExcludingQuotes, maxSingleSourceRatio, minConcreteness, minStructure)'],
    [{ rules: { 'spelling/typo': 'off' } }, 'rules.spelling/typo: unknown rule (rules are named originality/…, threshold/…, concreteness/…, fieldwork/…, structure/…)'],
    [{ exclude: { quotes: 'yes' } }, 'exclude.quotes must be true or false, got "yes"'],
    [{ genre: '小说' }, 'genre must be one of 调研报告, 工作报告, 讲话稿, auto, got "小说"'],
    [{ maxWarnings: 1.5 }, 'maxWarnings must be a whole number (-1 for no limit), got 1.5'],
    [[], 'the configuration must be an object, got []'],
  ])('%j → %s', (value, message) => {
    expect(() => validateConfig(value, '/r/.wenchaorc.json', '/r', '.wenchaorc.json')).toThrow(`.wenchaorc.json: ${message}`);
  });

  it('is found upward, in package.json "wenchao" too, and stops at the top of a git repository', () => {
    mkdirSync(tmp.at('repo/.git'), { recursive: true });
    mkdirSync(tmp.at('repo/a/b'), { recursive: true });
    writeFileSync(tmp.at('.wenchaorc.json'), '{ "maxWarnings": 9 }');
    expect(loadConfig(tmp.at('repo/a/b')).file).toBeNull();
    writeFileSync(tmp.at('repo/package.json'), JSON.stringify({ name: 'x', wenchao: { maxWarnings: 3 } }));
    const fromPackage = loadConfig(tmp.at('repo/a/b'));
    expect(fromPackage.maxWarnings).toBe(3);
    expect(fromPackage.root).toBe(tmp.at('repo'));
    writeFileSync(tmp.at('repo/a/.wenchaorc.json'), '{ "maxWarnings": 5 }');
    writeFileSync(tmp.at('repo/a/.wenchaoignore'), 'old/\n');
    const nearest = loadConfig(tmp.at('repo/a/b'));
    expect(nearest.maxWarnings).toBe(5);
    expect(nearest.ignore).toContain('old/');
  });
});
