/**
 * SARIF output validated against the OASIS SARIF 2.1.0 schema (the copy in @microsoft/jest-sarif, a
 * draft-04 schema, hence ajv-draft-04), for a report with findings and for a clean one.
 */
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sarifReporter } from '../../src/report/reporters/sarif.js';
import type { Report } from '../../src/report/report.js';
import { REPORT, TEXTS } from './sample-report.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// The schema's language pattern is not valid with the u flag, so patterns are compiled without it.
// Both packages are CommonJS with a `default` export; under NodeNext the default import is the module object.
const Ajv = AjvDraft04.default;
const addFormats = addFormatsModule.default;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function valid(text: string): object {
  const sarif = JSON.parse(text) as object;
  const ok = validate(sarif);
  expect(ok ? [] : validate.errors).toEqual([]);
  return sarif;
}

describe('SARIF 2.1.0', () => {
  it('a report with findings is valid, with rules, results and regions', () => {
    const sarif = valid(sarifReporter(REPORT, { texts: TEXTS })) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[] }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['concreteness/cliche', 'io/unreadable', 'originality/copy', 'threshold/copy-ratio']);
    expect(run.results[0]).toMatchObject({ ruleId: 'threshold/copy-ratio', level: 'error', ruleIndex: 3 });
    expect(run.results[0]!.locations[0]!.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'reports/a%20%22b%22%20%3Cc%3E.md' },
      region: { startLine: 4, startColumn: 3, endLine: 4 },
    });
    expect(run.results.find((r) => r.ruleId === 'concreteness/cliche')!.level).toBe('note');
  });

  it('a clean report has results: []', () => {
    const clean: Report = { tool: REPORT.tool, corpus: null, documents: [] };
    const sarif = valid(sarifReporter(clean)) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toEqual([]);
  });
});
