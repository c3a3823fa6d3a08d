/**
 * The shapes of an evaluation set (`truth.jsonl`, `boilerplate.json`) and of a detector's answer
 * (`detections.jsonl`), with pure parsers that check one parsed JSON value each.
 *
 * Field names follow the PAN text-alignment corpora (Potthast et al., PAN 2010–2014). Offsets and lengths
 * count UTF-16 code units of the document's text (JavaScript string indices); spans are half-open.
 */

/** Disguise types of the dev set, in table order; other sets may add more (they are kept as strings). */
export const OBFUSCATIONS = ['none', 'format', 'edits', 'synonym', 'reorder', 'negative'] as const;

export type KnownObfuscation = (typeof OBFUSCATIONS)[number];

/**
 * A pair of passages: `[this_offset, this_offset + this_length)` in the suspicious document and
 * `[source_offset, source_offset + source_length)` in `source`, a path relative to the reference root.
 * A truth case and a detection have this same shape.
 */
export interface Annotation {
  readonly this_offset: number;
  readonly this_length: number;
  readonly source: string;
  readonly source_offset: number;
  readonly source_length: number;
}

/** Host text that genuinely also stands in the corpus: neither credited nor charged. */
export interface NaturalSpan {
  readonly this_offset: number;
  readonly this_length: number;
}

/** One line of `truth.jsonl`. */
export interface TruthDoc {
  readonly suspicious: string;
  /** One of {@link OBFUSCATIONS} in `dev`; `negative` documents have no cases. */
  readonly obfuscation: string;
  readonly cases: readonly Annotation[];
  readonly natural: readonly NaturalSpan[];
  readonly host?: string;
}

/** One line of a `detections.jsonl`. */
export interface DetectionDoc {
  readonly suspicious: string;
  readonly detections: readonly Annotation[];
}

/** `boilerplate.json`: per suspicious file, the `[start, end)` spans of common formulations. */
export type Boilerplate = Readonly<Record<string, readonly (readonly [number, number])[]>>;

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

type Obj = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function fail<T>(reason: string): Parsed<T> {
  return { ok: false, reason };
}

/** Checks a case or detection; `minLength` is 1 for truth cases (a case has characters), 0 for detections. */
export function parseAnnotation(v: unknown, minLength: number): Parsed<Annotation> {
  if (!isObject(v)) return fail('an annotation must be an object');
  for (const key of ['this_offset', 'this_length', 'source_offset', 'source_length'] as const) {
    if (!isOffset(v[key])) return fail(`${key} must be a non-negative integer, got ${JSON.stringify(v[key])}`);
  }
  if (typeof v['source'] !== 'string' || v['source'] === '') return fail('source must be a non-empty path');
  const a: Annotation = {
    this_offset: v['this_offset'] as number,
    this_length: v['this_length'] as number,
    source: v['source'],
    source_offset: v['source_offset'] as number,
    source_length: v['source_length'] as number,
  };
  if (a.this_length < minLength || a.source_length < minLength) return fail(`lengths must be at least ${minLength}`);
  return { ok: true, value: a };
}

function parseList<T>(v: unknown, what: string, parse: (item: unknown) => Parsed<T>): Parsed<T[]> {
  if (!Array.isArray(v)) return fail(`${what} must be an array`);
  const out: T[] = [];
  for (const [i, item] of v.entries()) {
    const p = parse(item);
    if (!p.ok) return fail(`${what}[${i}]: ${p.reason}`);
    out.push(p.value);
  }
  return { ok: true, value: out };
}

function parseNatural(v: unknown): Parsed<NaturalSpan> {
  if (!isObject(v) || !isOffset(v['this_offset']) || !isOffset(v['this_length'])) {
    return fail('a natural span needs non-negative integer this_offset and this_length');
  }
  return { ok: true, value: { this_offset: v['this_offset'], this_length: v['this_length'] } };
}

/** Checks one parsed line of `truth.jsonl`; a missing `natural` list counts as empty. */
export function parseTruthDoc(v: unknown): Parsed<TruthDoc> {
  if (!isObject(v)) return fail('a truth line must be an object');
  if (typeof v['suspicious'] !== 'string') return fail('suspicious must be a file name');
  if (typeof v['obfuscation'] !== 'string') return fail('obfuscation must be a string');
  const cases = parseList(v['cases'], 'cases', (c) => parseAnnotation(c, 1));
  if (!cases.ok) return cases;
  const natural = parseList(v['natural'] ?? [], 'natural', parseNatural);
  if (!natural.ok) return natural;
  const host = typeof v['host'] === 'string' ? { host: v['host'] } : {};
  return {
    ok: true,
    value: {
      suspicious: v['suspicious'],
      obfuscation: v['obfuscation'],
      cases: cases.value,
      natural: natural.value,
      ...host,
    },
  };
}

/** Checks one parsed line of a `detections.jsonl`. */
export function parseDetectionDoc(v: unknown): Parsed<DetectionDoc> {
  if (!isObject(v)) return fail('a detections line must be an object');
  if (typeof v['suspicious'] !== 'string') return fail('suspicious must be a file name');
  const detections = parseList(v['detections'], 'detections', (d) => parseAnnotation(d, 0));
  if (!detections.ok) return detections;
  return { ok: true, value: { suspicious: v['suspicious'], detections: detections.value } };
}

/** Checks a parsed `boilerplate.json`. */
export function parseBoilerplate(v: unknown): Parsed<Boilerplate> {
  if (!isObject(v)) return fail('boilerplate must be an object of file name → spans');
  for (const [file, spans] of Object.entries(v)) {
    const ok =
      Array.isArray(spans) &&
      spans.every((s) => Array.isArray(s) && s.length === 2 && isOffset(s[0]) && isOffset(s[1]) && s[0] <= s[1]);
    if (!ok) return fail(`${file}: spans must be [start, end] pairs of offsets with start ≤ end`);
  }
  return { ok: true, value: v as Boilerplate };
}

/** Serialises detections as `detections.jsonl`: one line per document, in the order given. */
export function toDetectionsJsonl(docs: readonly DetectionDoc[]): string {
  const line = (d: DetectionDoc): string =>
    JSON.stringify({
      suspicious: d.suspicious,
      detections: d.detections.map(({ this_offset, this_length, source, source_offset, source_length }) => ({
        this_offset,
        this_length,
        source,
        source_offset,
        source_length,
      })),
    });
  return docs.map((d) => line(d) + '\n').join('');
}
