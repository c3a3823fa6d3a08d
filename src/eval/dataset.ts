/**
 * Reads an evaluation set and a detector's answer from disk: the only file I/O of `src/eval`. The
 * parsers it calls are pure (`annotation.ts`); a bad line becomes an {@link IngestError} naming the file
 * and line, since a malformed truth or detections file is a user mistake, not a bug.
 */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestError } from '../errors.js';
import {
  parseBoilerplate,
  parseDetectionDoc,
  parseTruthDoc,
  type Boilerplate,
  type DetectionDoc,
  type Parsed,
  type TruthDoc,
} from './annotation.js';

export type { Annotation, Boilerplate, DetectionDoc, NaturalSpan, TruthDoc } from './annotation.js';

/** An evaluation set laid out as `/work/shared/eval/README.md` describes. */
export interface EvalSet {
  readonly dir: string;
  /** Directory of the suspicious documents (`<dir>/suspicious`). */
  readonly suspiciousDir: string;
  readonly truth: readonly TruthDoc[];
  /** `null` when the set has no `boilerplate.json`. */
  readonly boilerplate: Boilerplate | null;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new IngestError(path, `cannot read: ${(e as Error).message}`);
  }
}

function parseJson(path: string, text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new IngestError(path, `${where}invalid JSON: ${(e as Error).message}`);
  }
}

/** Parses JSON Lines text (blank lines skipped), checking each line with `parse`. */
export function parseJsonl<T>(path: string, text: string, parse: (v: unknown) => Parsed<T>): T[] {
  const out: T[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const p = parse(parseJson(path, line, `line ${i + 1}: `));
    if (!p.ok) throw new IngestError(path, `line ${i + 1}: ${p.reason}`);
    out.push(p.value);
  }
  return out;
}

export async function loadTruth(path: string): Promise<TruthDoc[]> {
  return parseJsonl(path, await readText(path), parseTruthDoc);
}

export async function loadDetections(path: string): Promise<DetectionDoc[]> {
  return parseJsonl(path, await readText(path), parseDetectionDoc);
}

export async function loadBoilerplate(path: string): Promise<Boilerplate> {
  const p = parseBoilerplate(parseJson(path, await readText(path), ''));
  if (!p.ok) throw new IngestError(path, p.reason);
  return p.value;
}

/** Loads `<dir>/truth.jsonl` and, if present, `<dir>/boilerplate.json`. */
export async function loadEvalSet(dir: string): Promise<EvalSet> {
  const truth = await loadTruth(join(dir, 'truth.jsonl'));
  const boilerplatePath = join(dir, 'boilerplate.json');
  const present = await access(boilerplatePath).then(
    () => true,
    () => false,
  );
  const boilerplate = present ? await loadBoilerplate(boilerplatePath) : null;
  return { dir, suspiciousDir: join(dir, 'suspicious'), truth, boilerplate };
}
