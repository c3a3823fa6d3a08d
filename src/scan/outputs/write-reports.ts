import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { segment } from '../../ingest/segment/segment.js';
import type { Document } from '../../model.js';
import type { ClicheList } from '../../quality/cliches.js';
import type { QualityReport } from '../../quality/quality-report.js';
import { scoreDocument } from '../../quality/score.js';
import type { Report } from '../../report/report.js';
import { documentPage } from './document-page.js';
import { REPORTS_DIR, reportFileName } from './report-file.js';
import { StoredScan } from './stored-scan.js';

export interface ReportPagesOptions {
  /** The scan's output folder: results are read from it, pages written to its `reports/`. */
  readonly outDir: string;
  readonly tool: Report['tool'];
  /** The reference corpus index for the sources' texts; by default the one the scan used. */
  readonly corpusPath?: string | null;
  /** Score each page's document for the quality panel (jieba with tags); null to leave it out. */
  readonly quality: { readonly cliches: ClicheList; readonly userDict?: string } | null;
  /** Remove every other page in `reports/`: a scan rewrites the whole set its overview links. */
  readonly removeOthers: boolean;
}

export interface ReportPages {
  /** Archive path → absolute file of its page. */
  readonly written: ReadonlyMap<string, string>;
  /** Archive path → content hash of the file as it was scanned, for each page written. */
  readonly scannedHashes: ReadonlyMap<string, string>;
  /** Paths the stored results hold nothing for. */
  readonly missing: readonly string[];
}

/**
 * Writes the HTML report of each document from the stored scan results, without checking anything again:
 * `reports/<name>.html` in the output folder (see {@link reportFileName}), each linking back to `index.html`.
 */
export async function writeReportPages(paths: readonly string[], options: ReportPagesOptions): Promise<ReportPages> {
  const folder = join(options.outDir, REPORTS_DIR);
  const written = new Map<string, string>();
  const scannedHashes = new Map<string, string>();
  const missing: string[] = [];
  const stored = StoredScan.open(options.outDir, options.corpusPath);
  try {
    await mkdir(folder, { recursive: true });
    for (const path of paths) {
      const found = stored.document(path);
      if (!found) {
        missing.push(path);
        continue;
      }
      const file = join(folder, reportFileName(path));
      const page = documentPage({
        tool: options.tool,
        corpus: stored.corpus,
        path,
        document: found.document,
        matches: found.matches,
        quality: options.quality ? qualityOf(found.document, options.quality) : null,
        sources: found.sources,
        overview: '../index.html',
      });
      await writeFile(file, page);
      written.set(path, file);
      scannedHashes.set(path, found.row.contentHash);
    }
  } finally {
    stored.close();
  }
  if (options.removeOthers) {
    const keep = new Set([...written.values()].map((file) => file.slice(folder.length + 1)));
    const stale = (await readdir(folder)).filter((name) => name.endsWith('.html') && !keep.has(name));
    await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })));
  }
  return { written, scannedHashes, missing };
}

/** The quality report the page's panel shows; null when the scorer cannot handle the document (scores are a side dish). */
function qualityOf(document: Document, config: { readonly cliches: ClicheList; readonly userDict?: string }): QualityReport | null {
  try {
    const words = segment(document.normalised, { tags: true, ...(config.userDict ? { userDict: config.userDict } : {}) });
    return scoreDocument(document, words, { cliches: config.cliches });
  } catch {
    return null;
  }
}
