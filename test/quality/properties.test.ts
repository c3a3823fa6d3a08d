import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { addCliches, breakNumbering, deleteHeadings, flatten, removeFacts } from './degrade.js';
import { fixture, hasShared, sampleParagraphs, score, sharedFiles, structureScore } from './helpers.js';

const concreteness = (text: string): number => score(text).quality.concreteness.score;

/** Share of pairs in which the real text scores strictly above its degraded version. */
function winRate(texts: readonly string[], degrade: (t: string) => string, scoreOf: (t: string) => number): number {
  const pairs = texts.filter((t) => degrade(t) !== t);
  const wins = pairs.filter((t) => scoreOf(t) > scoreOf(degrade(t))).length;
  if (process.env['WENCHAO_VERBOSE']) console.log(`${degrade.name}: ${wins}/${pairs.length}`);
  return pairs.length === 0 ? 1 : wins / pairs.length;
}

/** The bar: the real text ranks above the degraded one in at least 90 % of pairs. */
const BAR = 0.9;

describe('properties on the fixtures', () => {
  const reports = ['solid-report.txt', 'speech.txt'].map(fixture);

  it.each(reports.map((t, i) => [i, t]))('removing figures, dates and places lowers concreteness (%i)', (_, text) => {
    expect(concreteness(removeFacts(text))).toBeLessThan(concreteness(text));
  });
  it.each(reports.map((t, i) => [i, t]))('adding clichés lowers concreteness (%i)', (_, text) => {
    expect(concreteness(addCliches(text))).toBeLessThan(concreteness(text));
  });
  it.each(reports.map((t, i) => [i, t]))('deleting headings, breaking numbering, flattening lower structure (%i)', (_, text) => {
    const real = structureScore(text);
    expect(structureScore(deleteHeadings(text))).toBeLessThan(real);
    expect(structureScore(breakNumbering(text))).toBeLessThan(real);
    expect(structureScore(flatten(text))).toBeLessThan(real);
  });
  it('a solid report outscores a hollow one on every part', () => {
    const solid = score(fixture('solid-report.txt')).quality;
    const hollow = score(fixture('hollow-report.txt')).quality;
    expect(solid.concreteness.score).toBeGreaterThan(hollow.concreteness.score + 30);
    expect(solid.fieldwork.score).toBeGreaterThan(hollow.fieldwork.score + 30);
    expect(solid.structure.score).toBeGreaterThan(hollow.structure.score);
    expect(solid.score).toBeGreaterThan(hollow.score);
  });
});

describe.skipIf(!hasShared)('pairwise ranking on real text of the shared corpus', () => {
  const paragraphs = [
    ...sampleParagraphs(sharedFiles('gov-reports'), 150, 5),
    ...sampleParagraphs(sharedFiles('speeches'), 60, 3),
  ];
  const reports = sharedFiles('gov-reports').filter((f) => (readFileSync(f, 'utf8').match(/^\s*[一二三四五六七八九十]+、/gmu) ?? []).length >= 3);

  it('samples enough real text', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(100);
    expect(reports.length).toBeGreaterThanOrEqual(20);
  });
  it(`removing figures, dates and places: real above degraded in ≥ ${BAR * 100} % of paragraphs`, () => {
    expect(winRate(paragraphs, removeFacts, concreteness)).toBeGreaterThanOrEqual(BAR);
  });
  it(`adding clichés: real above degraded in ≥ ${BAR * 100} % of paragraphs`, () => {
    expect(winRate(paragraphs, addCliches, concreteness)).toBeGreaterThanOrEqual(BAR);
  });
  const texts = reports.map((f) => readFileSync(f, 'utf8'));
  it.each([
    ['deleting the headings', deleteHeadings],
    ['breaking the numbering', breakNumbering],
    ['flattening into one paragraph', flatten],
  ] as const)(`%s: real above degraded in ≥ ${BAR * 100} % of reports`, (_, degrade) => {
    expect(winRate(texts, degrade, (t) => structureScore(t))).toBeGreaterThanOrEqual(BAR);
  });
});
