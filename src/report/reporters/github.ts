import type { Report } from '../report.js';
import type { ReporterOptions } from './reporter.js';
import { findingsOf, locator } from './shared.js';

/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`
 * for errors and warnings (information is left to the other reports: GitHub shows few annotations per
 * step). Values are escaped as the runner requires.
 */
export function githubReporter(report: Report, options: ReporterOptions = {}): string {
  const out: string[] = [];
  for (const doc of report.documents) {
    const at = locator(options.texts?.get(doc.path));
    for (const f of findingsOf(doc)) {
      if (f.severity === 'info') continue;
      const w = at(f.span);
      const props = [`file=${property(doc.path)}`, `line=${w.line}`, `col=${w.column}`, `endLine=${w.endLine}`, `endColumn=${w.endColumn}`, `title=${property(`wenchao ${f.ruleId}`)}`];
      const message = f.suggestion ? `${f.message}\n建议：${f.suggestion}` : f.message;
      out.push(`::${f.severity} ${props.join(',')}::${data(message)}`);
    }
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

function data(text: string): string {
  return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}
