import type { Document, RawDocument } from '../model.js';
import { normalise } from './normalise/normalise.js';
import { readDocument } from './read/read.js';
import type { ReadOptions } from './read/options.js';
import { findStructure } from './structure/structure.js';

/** From a decoded file to a document the later stages can trust: normalised view and structure. */
export function ingestRaw(raw: RawDocument): Document {
  return { raw, normalised: normalise(raw.text), structure: findStructure(raw.text, raw.blocks) };
}

/** Reads, decodes, normalises and structures one file. Throws `IngestError` on bad input. */
export async function ingestFile(path: string, options: ReadOptions = {}): Promise<Document> {
  return ingestRaw(await readDocument(path, options));
}
