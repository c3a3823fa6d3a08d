import type { Severity } from '../../model.js';
import type { Report } from '../report.js';
import type { ReporterOptions } from './reporter.js';
import { findingsOf, locator, RULE_DESCRIPTIONS } from './shared.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 (OASIS): one run, a rule for every rule id that occurs, a result per finding with a
 * region in 1-based lines and code-point columns (`columnKind: unicodeCodePoints`; `endColumn` is the
 * column after the last character). A clean report has `results: []`. Paths are URI references
 * relative to the working directory (`originalUriBaseIds` SRCROOT), as GitHub code scanning expects.
 */
export function sarifReporter(report: Report, options: ReporterOptions = {}): string {
  const results: object[] = [];
  const ruleIds = new Set<string>();
  const defaults = new Map<string, Severity>();
  for (const doc of report.documents) {
    const at = locator(options.texts?.get(doc.path));
    for (const f of findingsOf(doc)) {
      ruleIds.add(f.ruleId);
      if (!defaults.has(f.ruleId)) defaults.set(f.ruleId, f.severity);
      const where = at(f.span);
      results.push({
        ruleId: f.ruleId,
        level: LEVEL[f.severity],
        message: { text: [f.message, f.suggestion && `建议：${f.suggestion}`, f.note].filter(Boolean).join('\n') },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uriOf(doc.path), uriBaseId: 'SRCROOT' },
              region: { startLine: where.line, startColumn: where.column, endLine: where.endLine, endColumn: where.endColumn },
            },
          },
        ],
      });
    }
  }
  const rules = [...ruleIds].sort().map((id) => ({
    id,
    shortDescription: { text: RULE_DESCRIPTIONS[id] ?? id },
    defaultConfiguration: { level: LEVEL[defaults.get(id) ?? 'warning'] },
  }));
  const indexed = results.map((r) => ({ ...r, ruleIndex: rules.findIndex((rule) => rule.id === (r as { ruleId: string }).ruleId) }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, informationUri: 'https://www.npmjs.com/package/wenchao', rules } },
        originalUriBaseIds: { SRCROOT: { uri: './' } },
        columnKind: 'unicodeCodePoints',
        results: indexed,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** A relative path as a URI reference: '/'-separated, each segment percent-encoded (Chinese names too). */
function uriOf(path: string): string {
  return path.replace(/\\/gu, '/').replace(/^\.\//u, '').split('/').map(encodeURIComponent).join('/');
}
