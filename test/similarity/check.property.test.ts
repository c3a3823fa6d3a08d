import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalise } from '../../src/ingest/normalise/normalise.js';
import type { Match } from '../../src/model.js';
import { checkDrafts, type DraftResult } from '../../src/similarity/check.js';
import type { SourceLookup } from '../../src/similarity/lookup.js';
import { contentOf } from '../../src/similarity/content.js';
import { DEFAULT_DETECT_OPTIONS } from '../../src/similarity/options.js';
import { GUARANTEE } from '../../src/similarity/parameters.js';
import {
  contentLength,
  CORPUS,
  corpusSample,
  coverage,
  FingerprintLookup,
  fixture,
  hasCorpus,
  resultProblems,
  SAMPLE,
  textDocument,
} from './helpers.js';

/**
 * Copy detection on text, against a lookup that holds exactly what the corpus index holds (winnowed
 * fingerprints with positions). Drafts are the project's own Chinese text (test/fixtures/similarity,
 * checked against the whole shared corpus: no match) with corpus text pasted in.
 *
 * Runs use fixed seeds, so a failure is the same on every run and its counterexample can be replayed.
 */
const SEED = 20250418;

/** Shortest passage the engine reports; whatever the options say, a verbatim copy of this length must be found. */
const REPORTED = Math.max(GUARANTEE, DEFAULT_DETECT_OPTIONS.minChars);

const hostParagraphs = fixture('host.txt').split(/\n\n+/u).map((p) => p.trim()).filter(Boolean);

interface Paragraph {
  readonly path: string;
  readonly text: string;
  readonly chars: number;
}

const contentString = (text: string): string => String.fromCodePoint(...contentOf(normalise(text)).codePoints);

/** A lookup, the paragraphs of its sources (13–400 content characters) and their content strings. */
class Sources {
  readonly lookup = new FingerprintLookup();
  readonly paragraphs: Paragraph[] = [];
  readonly #content = new Map<string, string>();

  add(path: string, text: string): void {
    this.lookup.add(path, text);
    this.#content.set(path, contentString(text));
    for (const line of text.split('\n')) {
      const trimmed = line.trim();
      const chars = contentLength(trimmed);
      if (chars >= GUARANTEE && chars <= 400) this.paragraphs.push({ path, text: trimmed, chars });
    }
  }

  text = (path: string): string | undefined => this.lookup.textOf(path);

  /** Share of `[start, end)` of the draft covered by matches from sources that hold the passage's content. */
  foundShare(result: DraftResult, draft: string, start: number, end: number): number {
    const passage = contentString(draft.slice(start, end));
    return coverage(draft, start, end, result.matches.filter((m) => this.#content.get(m.source.path)?.includes(passage)));
  }

  /** One of the paragraphs of `min`–`max` content characters. */
  paragraphOf(min: number, max: number): fc.Arbitrary<Paragraph> {
    return fc.integer({ min: 0, max: 1_000_000 }).map((n) => {
      const pool = this.paragraphs.filter((p) => p.chars >= min && p.chars <= max);
      return pool[n % pool.length]!;
    });
  }
}

const SAMPLE_SOURCES = ['云川市2025年政府工作报告（节选）.txt', '云川市数字政府建设工作总结.txt', '关于基层减负工作的讲话.txt', '青禾县义务教育均衡发展调研报告.txt', '青禾县农村人居环境整治调研报告.txt'];

/** The sample corpus's reports: few sources, so nothing crowds the right one out. */
let sample: Sources;
/** The sample reports and 120 files spread over the shared corpus, laws and abstracts among them. */
let corpus: Sources;

beforeAll(() => {
  sample = new Sources();
  corpus = new Sources();
  for (const name of SAMPLE_SOURCES) {
    const text = readFileSync(join(SAMPLE, 'reference', name), 'utf8');
    sample.add(`sample/${name}`, text);
    corpus.add(`sample/${name}`, text);
  }
  for (const file of corpusSample(120)) corpus.add(file.slice(CORPUS.length + 1), readFileSync(file, 'utf8'));
});

/** A draft: host paragraphs with `pasted` inserted as paragraphs of their own at the given places. */
function pasteParagraphs(pasted: readonly string[], places: readonly number[]): { text: string; at: number[] } {
  const parts: Array<{ text: string; pasted?: number }> = hostParagraphs.map((text) => ({ text }));
  pasted.forEach((text, i) => parts.splice(Math.min(places[i]!, parts.length), 0, { text, pasted: i }));
  const at: number[] = [];
  let offset = 0;
  for (const part of parts) {
    if (part.pasted !== undefined) at[part.pasted] = offset;
    offset += part.text.length + 2;
  }
  return { text: parts.map((p) => p.text).join('\n\n'), at };
}

/**
 * `pasted` as a paragraph of its own among the host's paragraphs (at `place`), checked against `lookup`:
 * the matches over it, and the share of it they cover.
 */
function checkPasted(lookup: SourceLookup, pasted: string, place: number): { matches: Match[]; covered: number } {
  const draft = pasteParagraphs([pasted], [place]);
  const [result] = checkDrafts([textDocument('draft.txt', draft.text)], lookup);
  const start = draft.at[0]!;
  const matches = result!.matches.filter((m) => m.start < start + pasted.length && m.end > start);
  return { matches, covered: coverage(draft.text, start, start + pasted.length, matches) };
}

/** A lookup holding one document of the shared corpus, and its text. */
function corpusDocument(path: string): { lookup: FingerprintLookup; text: string } {
  const text = readFileSync(join(CORPUS, path), 'utf8');
  const lookup = new FingerprintLookup();
  lookup.add(path, text);
  return { lookup, text };
}

describe.skipIf(!hasCorpus)('a copied paragraph is always found', () => {
  it(`a corpus paragraph of ${REPORTED}+ content characters pasted verbatim is found, attributed to a source that holds it`, () => {
    fc.assert(
      fc.property(
        fc.array(corpus.paragraphOf(REPORTED, 400), { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(hostParagraphs.length), { minLength: 3, maxLength: 3 }),
        (pasted, places) => {
          const draft = pasteParagraphs(pasted.map((p) => p.text), places);
          const [result] = checkDrafts([textDocument('draft.txt', draft.text)], corpus.lookup);
          pasted.forEach((p, i) => {
            const start = draft.at[i]!;
            expect(corpus.foundShare(result!, draft.text, start, start + p.text.length), `${p.path}: ${p.text}`).toBeGreaterThanOrEqual(0.8);
          });
          expect(resultProblems(result!, draft.text, corpus.text)).toEqual([]);
        },
      ),
      { numRuns: 200, seed: SEED },
    );
  });

  /**
   * A pasted line of 13–19 characters may share a single winnowed fingerprint with its source: the
   * sources of a sentence's rarest seeds are candidates when no source seeds it twice.
   */
  it(`a pasted line of ${GUARANTEE}–19 content characters is found too (CNKI's ${GUARANTEE})`, () => {
    fc.assert(
      fc.property(corpus.paragraphOf(GUARANTEE, 19), fc.nat(hostParagraphs.length), (p, place) => {
        const draft = pasteParagraphs([p.text], [place]);
        const [result] = checkDrafts([textDocument('draft.txt', draft.text)], corpus.lookup);
        expect(corpus.foundShare(result!, draft.text, draft.at[0]!, draft.at[0]! + p.text.length), `${p.path}: ${p.text}`).toBeGreaterThan(0);
      }),
      { numRuns: 100, seed: SEED },
    );
  });
});

describe('a copied run inside a sentence is found', () => {
  /**
   * CNKI's rule, and the sample's patchwork answers: a run of copied characters inside the author's own
   * sentence counts. Sources are the five sample reports only, so no other source can crowd them out.
   */
  /**
   * Known gap: exact runs are reported only when they are a whole clause of the draft (punctuation on
   * both sides); a run pasted into the middle of the author's own clause is not. Reporting every 13+ run
   * cost 0.14 plagdet on the dev set through host text that shares phrases with the corpus.
   */
  it.fails(`a run of ${REPORTED}+ content characters cut from a report and pasted after a comma of a host sentence is found`, () => {
    fc.assert(
      fc.property(
        sample.paragraphOf(REPORTED + 10, 400),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: REPORTED, max: REPORTED + 30 }),
        fc.nat(hostParagraphs.length - 1),
        (p, where, length, host) => {
          // A run of `length` content characters starting somewhere in the paragraph, cut at code points.
          const chars = Array.from(p.text);
          const from = Math.floor(where * chars.length);
          let to = from;
          let n = 0;
          while (to < chars.length && n < length) if (/[\p{L}\p{N}]/u.test(chars[to++]!)) n++;
          fc.pre(n >= REPORTED);
          const run = chars.slice(from, to).join('');
          const hostText = hostParagraphs[host]!;
          const comma = hostText.indexOf('，');
          fc.pre(comma > 0);
          const paragraph = `${hostText.slice(0, comma + 1)}${run}${hostText.slice(comma + 1)}`;
          const draft = [...hostParagraphs.slice(0, host), paragraph, ...hostParagraphs.slice(host + 1)].join('\n\n');
          const start = draft.indexOf(paragraph) + comma + 1;
          const [result] = checkDrafts([textDocument('draft.txt', draft)], sample.lookup);
          expect(sample.foundShare(result!, draft, start, start + run.length), `${p.path}: ${run}`).toBeGreaterThanOrEqual(0.6);
          expect(resultProblems(result!, draft, sample.text)).toEqual([]);
        },
      ),
      { numRuns: 100, seed: SEED },
    );
  });
});

/** A copier's disguise: full-width punctuation to half-width, spaces sprinkled in, lines broken. */
function disguise(text: string, spaces: readonly number[], breaks: readonly number[]): string {
  const halfWidth: Record<string, string> = { '，': ',', '。': '.', '；': ';', '：': ':', '！': '!', '？': '?', '“': '"', '”': '"', '（': '(', '）': ')', '、': ',' };
  const chars = Array.from(text, (c) => halfWidth[c] ?? c);
  const out: string[] = [];
  chars.forEach((c, i) => {
    out.push(c);
    if (spaces.includes(i)) out.push(' ');
    if (breaks.includes(i)) out.push('\n');
  });
  return out.join('');
}

describe('a disguised copy is found, with the right source', () => {
  it.skipIf(!hasCorpus)('half-width punctuation, spaces and line breaks inserted in corpus paragraphs', () => {
    fc.assert(
      fc.property(
        corpus.paragraphOf(40, 400),
        fc.array(fc.nat(400), { maxLength: 20 }),
        fc.array(fc.nat(400), { maxLength: 2 }),
        fc.nat(hostParagraphs.length),
        (p, spaces, breaks, place) => {
          const pasted = disguise(p.text, spaces, breaks);
          const draft = pasteParagraphs([pasted], [place]);
          const [result] = checkDrafts([textDocument('draft.txt', draft.text)], corpus.lookup);
          const start = draft.at[0]!;
          const share = corpus.foundShare(result!, draft.text, start, start + pasted.length);
          expect(share, `${p.path}: ${JSON.stringify(pasted)}`).toBeGreaterThanOrEqual(0.6);
          expect(resultProblems(result!, draft.text, corpus.text)).toEqual([]);
        },
      ),
      { numRuns: 150, seed: SEED },
    );
  });

  it('a sample-report paragraph with every mark half-width, spaced and broken over lines names its source', () => {
    const original = readFileSync(join(SAMPLE, 'reference', '关于基层减负工作的讲话.txt'), 'utf8');
    const line = original.split('\n').find((l) => l.includes('有的部门把“留痕”当成“留绩”'))!;
    const paragraph = line.slice(line.indexOf('有的部门把'));
    const pasted = disguise(paragraph, [3, 10, 20, 33, 47], [40]);
    const { matches, covered } = checkPasted(sample.lookup, pasted, 4);
    expect(matches.map((m) => m.source.path)).toEqual(matches.map(() => 'sample/关于基层减负工作的讲话.txt'));
    expect(covered).toBeGreaterThanOrEqual(0.9);
    for (const m of matches) expect(m.kind).toBe('copy');
  });
});

describe.skipIf(!hasCorpus)('a copy whose sentences are cut or joined is one match', () => {
  // Three sentences of a work report, the second of 70 characters in four clauses, two of them short.
  const path = 'gov-reports/national-2010.txt';

  const oneMatch = (cut: (passage: string) => string): void => {
    const { lookup, text } = corpusDocument(path);
    const from = text.indexOf('前瞻部署生物、纳米、量子调控');
    const pasted = cut(text.slice(from, text.indexOf('。', text.indexOf('要大力实施知识产权战略', from)) + 1));
    const { matches, covered } = checkPasted(lookup, pasted, 3);
    expect(matches.map((m) => [m.kind, m.source.path]), pasted).toEqual([['copy', path]]);
    expect(covered).toBeGreaterThanOrEqual(0.95);
  };

  it('a line break after every comma (each clause a line of its own)', () => {
    oneMatch((passage) => passage.replace(/([，；])/gu, '$1\n'));
  });

  it('every punctuation mark taken out (the sentences run together)', () => {
    oneMatch((passage) => passage.replace(/[，。、；：“”！？（）]/gu, ''));
  });

  it('an article cut at every comma whose clauses are formulas other articles of the law repeat', () => {
    // 第五十一条 of the regulation is one sentence of nine clauses; most of them (责令改正，没收违法所得…)
    // stand, shorter, in other articles too. Cut in pieces, they must still go back to their own article.
    const { lookup, text } = corpusDocument('laws/行政法规/旅行社条例(2020-11-29).txt');
    const from = text.indexOf('第五十一条');
    const article = text.slice(from, text.indexOf('。', from) + 1);
    const pasted = article.replace(/，/gu, '。');
    const { matches } = checkPasted(lookup, pasted, 3);
    // One match, the article to its last character (the closing 。 is not content).
    expect(matches.map((m) => [m.source.start, m.source.end]), pasted).toEqual([[from, from + article.length - 1]]);
  });

  it('a sentence cut at its comma whose first half is more like another sentence of the source', () => {
    // The first half, 物业服务人接受…代收费用的, is closer to the article before (…委托物业服务人代收…)
    // than to its own sentence, which is twice as long: it must still pair with the sentence it stands in.
    const law = 'laws/DLC_山东地方法规/聊城市物业管理条例(2021-01-29).txt';
    const { lookup, text } = corpusDocument(law);
    const from = text.indexOf('物业服务人不得借代收费用的便利');
    const pasted = text.slice(from, text.indexOf('。', text.indexOf('可以根据约定向', from)) + 1).replace('的，可以', '的，\n可以');
    const { matches, covered } = checkPasted(lookup, pasted, 3);
    expect(matches.map((m) => m.source.path)).toEqual([law]);
    expect(covered).toBeGreaterThanOrEqual(0.95);
  });
});

describe.skipIf(!hasCorpus)('invariants of every result', () => {
  /** Drafts made of host paragraphs and corpus paragraphs, some of them cut, joined in different ways. */
  const mixedDraft = (): fc.Arbitrary<string> =>
    fc
      .array(
        fc.oneof(
          fc.nat(hostParagraphs.length - 1).map((i) => hostParagraphs[i]!),
          corpus.paragraphOf(GUARANTEE, 400).map((p) => p.text),
          fc.tuple(corpus.paragraphOf(30, 400), fc.nat(), fc.nat()).map(([p, a, b]) => {
            // an edit: a stretch of the paragraph deleted
            const chars = Array.from(p.text);
            const from = a % chars.length;
            return [...chars.slice(0, from), ...chars.slice(from + (b % 12))].join('');
          }),
        ),
        { minLength: 1, maxLength: 8 },
      )
      .chain((parts) => fc.constantFrom('\n\n', '\n', '', '。').map((sep) => parts.join(sep)));

  it('spans lie inside draft and source, matches are sorted and disjoint, ratios are in [0, 1] and consistent', () => {
    fc.assert(
      fc.property(fc.array(mixedDraft(), { minLength: 1, maxLength: 3 }), (texts) => {
        const drafts = texts.map((t, i) => textDocument(`draft-${i}.txt`, t));
        const results = checkDrafts(drafts, corpus.lookup);
        expect(results.map((r) => r.path)).toEqual(drafts.map((d) => d.path));
        const anyText = (path: string): string | undefined => corpus.text(path) ?? texts[drafts.findIndex((d) => d.path === path)];
        results.forEach((r, i) => expect(resultProblems(r, texts[i]!, anyText), `draft ${i}`).toEqual([]));
      }),
      { numRuns: 150, seed: SEED },
    );
  });

  it('is deterministic: the same drafts give byte-identical JSON, and other drafts do not change a result without cross-checking', () => {
    fc.assert(
      fc.property(fc.array(mixedDraft(), { minLength: 2, maxLength: 3 }), (texts) => {
        const run = (): string => JSON.stringify(checkDrafts(texts.map((t, i) => textDocument(`draft-${i}.txt`, t)), corpus.lookup));
        expect(run()).toBe(run());
        const alone = checkDrafts([textDocument('draft-0.txt', texts[0]!)], corpus.lookup, { crossDrafts: false });
        const together = checkDrafts(texts.map((t, i) => textDocument(`draft-${i}.txt`, t)), corpus.lookup, { crossDrafts: false });
        expect(JSON.stringify(together[0])).toBe(JSON.stringify(alone[0]));
      }),
      { numRuns: 40, seed: SEED },
    );
  });
});

describe.skipIf(!hasCorpus)('a copy whose sentences are shuffled is one match', () => {
  it('the sentences of three paragraphs of a work report, in any order, are one match covering them', () => {
    // Twelve sentences of three paragraphs of the 2010 work report, 7 to 71 content characters (two short
    // ones: 加快人才资源开发。人才是第一资源。).
    const path = 'gov-reports/national-2010.txt';
    const { lookup, text } = corpusDocument(path);
    const from = text.indexOf('前瞻部署生物、纳米、量子调控');
    const sentences = text
      .slice(from)
      .split('\n')
      .flatMap((line) => line.trim().match(/[^。；]+[。；]/gu) ?? [])
      .slice(0, 12);
    expect(sentences).toHaveLength(12);
    fc.assert(
      fc.property(fc.shuffledSubarray(sentences, { minLength: sentences.length }), fc.nat(hostParagraphs.length), (order, place) => {
        const pasted = order.join('');
        const { matches, covered } = checkPasted(lookup, pasted, place);
        expect(matches.map((m) => [m.kind, m.source.path]), pasted).toEqual([['copy', path]]);
        expect(covered, pasted).toBeGreaterThanOrEqual(0.95);
      }),
      { numRuns: 60, seed: SEED },
    );
  });
});

describe('unrelated text', () => {
  it('an original draft gets no copy match (the fixture was checked against the whole shared corpus)', () => {
    const text = fixture('unrelated.txt');
    for (const sources of [sample, ...(hasCorpus ? [corpus] : [])]) {
      const [result] = checkDrafts([textDocument('unrelated.txt', text)], sources.lookup);
      expect(result!.matches.filter((m) => m.kind === 'copy')).toEqual([]);
      expect(result!.copyRatio).toBe(0);
    }
  });

  it('two unrelated drafts checked together do not match each other', () => {
    const results = checkDrafts([textDocument('host.txt', fixture('host.txt')), textDocument('unrelated.txt', fixture('unrelated.txt'))], null);
    for (const r of results) expect(r.matches).toEqual([]);
  });

  it('a draft checked together with its own copy matches it, both ways, and the ratios say so', () => {
    const text = fixture('host.txt');
    const results = checkDrafts([textDocument('a.txt', text), textDocument('b.txt', text)], null);
    for (const [r, other] of [[results[0]!, 'b.txt'], [results[1]!, 'a.txt']] as const) {
      expect(r.matches.length).toBeGreaterThan(0);
      for (const m of r.matches) expect(m.source.path).toBe(other);
      expect(r.copyRatio).toBeGreaterThanOrEqual(0.9);
      expect(resultProblems(r, text, () => text)).toEqual([]);
    }
  });

  it('an empty draft and a draft of punctuation only give no match and zero ratios', () => {
    const results = checkDrafts([textDocument('empty.txt', ''), textDocument('marks.txt', '。，、“”\n\n……')], null);
    for (const r of results) {
      expect(r.matches).toEqual([]);
      expect([r.copyRatio, r.totalChars]).toEqual([0, 0]);
    }
  });
});

/**
 * Cases the properties above found, replayed on small fixed lookups so that they fail the same way
 * whatever the corpus sample: each names the sources that matter.
 */
describe.skipIf(!hasCorpus)('regressions from the properties', () => {
  const lookupOf = (paths: readonly string[]): FingerprintLookup => {
    const small = new FingerprintLookup();
    for (const path of paths) small.add(path, readFileSync(path.startsWith('sample/') ? join(SAMPLE, 'reference', path.slice(7)) : join(CORPUS, path), 'utf8'));
    return small;
  };

  it('a pasted line is found although other documents repeat its formula (人民代表大会…会议) many times', () => {
    // The true source shares 4 seeds with the line; 北京市制定地方性法规条例 shares 61, because every
    // 人民代表大会 of it pairs with the line's: counting (draft, source) pairs ranks the true source last.
    const small = lookupOf([
      'sample/云川市2025年政府工作报告（节选）.txt',
      'laws/DLC_北京地方法规/北京市制定地方性法规条例(2023-07-28).txt',
      'laws/DLC_上海地方法规/上海市人民代表大会常务委员会规范性文件备案审查条例(2024-11-28).txt',
      'laws/DLC_河南地方法规/河南省第六届人民代表大会关于进一步开展全民义务植树运动的决议(2010-07-30).txt',
      'laws/宪法相关法/人民陪审员法(2018-04-27).txt',
    ]);
    const line = '——2025年1月15日在云川市第十七届人民代表大会第四次会议上';
    const draft = pasteParagraphs([line], [0]);
    const [result] = checkDrafts([textDocument('draft.txt', draft.text)], small);
    const found = result!.matches.filter((m) => m.source.path === 'sample/云川市2025年政府工作报告（节选）.txt');
    expect(coverage(draft.text, draft.at[0]!, draft.at[0]! + line.length, found)).toBeGreaterThanOrEqual(0.8);
  });

  it('a pasted article broken over two lines is found although its tail also matches a later article', () => {
    // Draft sentence 1 pairs with 第三十八条 (dice 0.98); the broken-off tail 为给买受人造成损失的… pairs
    // best with 第四十一条's tail five sentences later; chained, the passage counts every source sentence
    // in between and falls below the passage threshold, and the 0.98 sentence is dropped with it.
    const path = 'laws/DLC_河南地方法规/郑州市城市房地产开发经营管理条例(2009-11-11).txt';
    const small = lookupOf([path]);
    const pasted =
      '第三十八条 违反本条例第十六条规定,未取得商品房预售许可证预售商品房的,由市,县(市),上街区房地产行政主管部门责令停止预售活动,没收违法所得,并处已收取的预付款百分之一的罚款;预售行\n为给买受人造成损失的,依法承担赔偿责任.';
    const draft = pasteParagraphs([pasted], [3]);
    const [result] = checkDrafts([textDocument('draft.txt', draft.text)], small);
    expect(coverage(draft.text, draft.at[0]!, draft.at[0]! + pasted.length, result!.matches)).toBeGreaterThanOrEqual(0.6);
  });
});
