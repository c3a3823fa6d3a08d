import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_DB } from '../cli/defaults.js';
import { ConfigError } from './config-error.js';
import {
  DEFAULT_RULES,
  DEFAULT_THRESHOLDS,
  RULE_FAMILIES,
  type GenreSetting,
  type NormalizedConfig,
  type RuleSetting,
  type Thresholds,
} from './config.js';

const TOP_KEYS = ['$schema', 'corpus', 'thresholds', 'rules', 'exclude', 'genre', 'include', 'ignore', 'maxWarnings'] as const;
const RATIO_KEYS = ['maxCopyRatio', 'maxCopyRatioExcludingQuotes', 'maxSingleSourceRatio'] as const;
const SCORE_KEYS = ['minConcreteness', 'minStructure'] as const;
const EXCLUDE_KEYS = ['quotes', 'self', 'boilerplateDocs', 'whitelist'] as const;
const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];
const GENRES: readonly GenreSetting[] = ['调研报告', '工作报告', '讲话稿', 'auto'];

/**
 * Checks a parsed configuration and fills in the defaults. Every mistake is one ConfigError naming the
 * key (`thresholds.maxCopyRatio must be a number from 0 to 1, got 1.5`); unknown keys are mistakes too,
 * so a typo never silently turns a limit off. `file` is how messages name the file, `root` where its
 * relative paths start.
 */
export function validateConfig(value: unknown, file: string | null, root: string, name = file ?? 'configuration'): NormalizedConfig {
  const fail = (reason: string): never => {
    throw new ConfigError(name, reason);
  };
  const config = object(value, 'the configuration', fail);
  unknownKeys(config, TOP_KEYS, '', fail);

  const thresholdsIn = config['thresholds'] === undefined ? {} : object(config['thresholds'], 'thresholds', fail);
  unknownKeys(thresholdsIn, [...RATIO_KEYS, ...SCORE_KEYS], 'thresholds.', fail);
  const thresholds: Record<string, number | null> = { ...DEFAULT_THRESHOLDS };
  for (const key of RATIO_KEYS) if (key in thresholdsIn) thresholds[key] = limit(thresholdsIn[key], `thresholds.${key}`, 1, 'a number from 0 to 1', fail);
  for (const key of SCORE_KEYS) if (key in thresholdsIn) thresholds[key] = limit(thresholdsIn[key], `thresholds.${key}`, 100, 'a number from 0 to 100', fail);

  const rulesIn = config['rules'] === undefined ? {} : object(config['rules'], 'rules', fail);
  const rules: Record<string, RuleSetting> = { ...DEFAULT_RULES };
  for (const [key, setting] of Object.entries(rulesIn)) {
    const family = key.split('/')[0]!;
    if (!(RULE_FAMILIES as readonly string[]).includes(family) || !/^[a-z]+(?:\/[a-z-]+)?$/u.test(key)) {
      fail(`rules.${key}: unknown rule (rules are named ${RULE_FAMILIES.map((f) => `${f}/…`).join(', ')})`);
    }
    if (typeof setting !== 'string' || !(SETTINGS as readonly string[]).includes(setting)) fail(`rules.${key} must be one of ${SETTINGS.join(', ')}, got ${show(setting)}`);
    rules[key] = setting as RuleSetting;
  }

  const excludeIn = config['exclude'] === undefined ? {} : object(config['exclude'], 'exclude', fail);
  unknownKeys(excludeIn, EXCLUDE_KEYS, 'exclude.', fail);
  const flag = (key: 'quotes' | 'self'): boolean => {
    const v = excludeIn[key];
    if (v !== undefined && typeof v !== 'boolean') fail(`exclude.${key} must be true or false, got ${show(v)}`);
    return v === true;
  };
  const docs = excludeIn['boilerplateDocs'];
  if (docs !== undefined && (typeof docs !== 'number' || !Number.isInteger(docs) || docs < 2)) fail(`exclude.boilerplateDocs must be a whole number of 2 or more, got ${show(docs)}`);
  const whitelist = excludeIn['whitelist'];
  if (whitelist !== undefined && (typeof whitelist !== 'string' || whitelist === '')) fail(`exclude.whitelist must be a file name, got ${show(whitelist)}`);

  const genre = config['genre'] ?? 'auto';
  if (typeof genre !== 'string' || !(GENRES as readonly string[]).includes(genre)) fail(`genre must be one of ${GENRES.join(', ')}, got ${show(genre)}`);
  const corpus = config['corpus'] ?? DEFAULT_DB;
  if (typeof corpus !== 'string' || corpus === '') fail(`corpus must be the path of a corpus index, got ${show(corpus)}`);
  const maxWarnings = config['maxWarnings'] ?? -1;
  if (typeof maxWarnings !== 'number' || !Number.isInteger(maxWarnings) || maxWarnings < -1) fail(`maxWarnings must be a whole number (-1 for no limit), got ${show(maxWarnings)}`);

  return {
    file,
    root,
    corpus: resolve(root, corpus as string),
    thresholds: thresholds as unknown as Thresholds,
    rules,
    exclude: {
      quotes: flag('quotes'),
      self: flag('self'),
      boilerplateDocs: (docs as number | undefined) ?? null,
      whitelist: whitelist === undefined ? null : isAbsolute(whitelist as string) ? (whitelist as string) : resolve(root, whitelist as string),
    },
    genre: genre as GenreSetting,
    include: globs(config['include'], 'include', fail),
    ignore: globs(config['ignore'], 'ignore', fail),
    maxWarnings: maxWarnings as number,
  };
}

type Fail = (reason: string) => never;

function object(value: unknown, key: string, fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`${key} must be an object, got ${show(value)}`);
  return value as Record<string, unknown>;
}

function unknownKeys(value: Record<string, unknown>, known: readonly string[], prefix: string, fail: Fail): void {
  for (const key of Object.keys(value)) if (!known.includes(key)) fail(`unknown key ${prefix}${key} (known: ${known.filter((k) => k !== '$schema').join(', ')})`);
}

function limit(value: unknown, key: string, max: number, what: string, fail: Fail): number | null {
  if (value === null || value === false) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) return fail(`${key} must be ${what} (or null to turn it off), got ${show(value)}`);
  return value;
}

function globs(value: unknown, key: string, fail: Fail): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return fail(`${key} must be a list of glob patterns, got ${show(value)}`);
  return value as string[];
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
