/**
 * Document metadata from loosely written fields: front matter, sidecar JSON and `.docx` core properties
 * all name the same four things, in English or Chinese, with dates in many shapes.
 */
import type { DocumentMeta } from '../../model.js';

type MetaKey = keyof DocumentMeta;

/** Field names accepted for each metadata key (English ones case-insensitively). */
const KEYS: Readonly<Record<string, MetaKey>> = {
  title: 'title',
  标题: 'title',
  题目: 'title',
  author: 'author',
  作者: 'author',
  date: 'date',
  日期: 'date',
  时间: 'date',
  source: 'source',
  来源: 'source',
  出处: 'source',
};

/** The metadata key a field name stands for, or null. */
export function metaKeyOf(name: string): MetaKey | null {
  return KEYS[name.trim().toLowerCase()] ?? null;
}

const pad = (value: string): string => value.padStart(2, '0');

/**
 * A date as ISO 8601 when its shape is recognised: `2023年5月1日`, `2023/5/1`, `2023.05.01` and
 * `2023-05-01T09:30:00Z` become `2023-05-01`, `2023年5月` `2023-05`, `2023年` `2023`. Anything else is
 * kept as written, trimmed: a date we cannot parse is still worth showing.
 */
export function normaliseDate(raw: string): string {
  const value = raw.trim();
  const full = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/u.exec(value);
  if (full) {
    const [, year, month, day] = full as unknown as [string, string, string, string];
    if (Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31) {
      return `${year}-${pad(month)}-${pad(day)}`;
    }
    return value;
  }
  const monthOnly = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/u.exec(value);
  if (monthOnly) {
    const [, year, month] = monthOnly as unknown as [string, string, string];
    return Number(month) >= 1 && Number(month) <= 12 ? `${year}-${pad(month)}` : value;
  }
  const yearOnly = /^(\d{4})\s*年?$/u.exec(value);
  return yearOnly ? yearOnly[1]! : value;
}

/** One field's value as metadata text: strings trimmed, numbers (a year) as written, others rejected. */
function fieldText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

export interface MetaFields {
  readonly meta: DocumentMeta;
  /** Recognised fields whose value was not text, by name: the caller decides whether to warn. */
  readonly rejected: readonly string[];
}

/** Metadata from `name → value` pairs; unknown names are ignored, the first of two synonyms wins. */
export function metaFromFields(fields: Iterable<readonly [string, unknown]>): MetaFields {
  const meta: { -readonly [K in MetaKey]?: string } = {};
  const rejected: string[] = [];
  for (const [name, value] of fields) {
    const key = metaKeyOf(name);
    if (key === null || meta[key] !== undefined) continue;
    const text = fieldText(value);
    if (text === null) {
      if (value !== null && value !== '') rejected.push(name);
      continue;
    }
    meta[key] = key === 'date' ? normaliseDate(text) : text;
  }
  return { meta, rejected };
}

/** `base` with every field `over` sets replaced: later sources of metadata win. */
export function mergeMeta(base: DocumentMeta, over: DocumentMeta): DocumentMeta {
  const merged: { -readonly [K in MetaKey]?: string } = { ...base };
  for (const key of ['title', 'author', 'date', 'source'] as const) {
    const value = over[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}
