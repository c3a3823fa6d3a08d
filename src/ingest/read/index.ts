/**
 * The reader: files (`.txt`, `.md`, `.docx`) → {@link RawDocument}, the original text every span points into.
 */
export { readDocument } from './read.js';
export { readBytes } from './read-bytes.js';
export { DEFAULT_MAX_BYTES, type ReadOptions } from './options.js';
