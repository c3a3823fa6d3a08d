import { createHash } from 'node:crypto';

/** The folder, inside the scan's output folder, that holds the per-document reports. */
export const REPORTS_DIR = 'reports';

/** Code points of a document's name kept in its report's file name: enough to recognise it in a listing. */
const NAME_CHARS = 40;

/**
 * The file name of a document's HTML report: the document's own file name made safe on every file system
 * (no separators, control or reserved characters, no leading dot, at most 40 code points, so at most
 * 160 bytes of UTF-8 with room left under the usual 255-byte limit), then 12 hex digits of the SHA-256 of
 * its archive path, so two documents of the same name in different folders never share a report.
 * The same path always gives the same name.
 */
export function reportFileName(path: string): string {
  const base = path.split(/[\\/]/u).filter(Boolean).pop() ?? '';
  const safe = [...base.normalize('NFC').replace(/\.[^.]*$/u, '')]
    .map((ch) => (/[\p{Cc}\p{Cf}\p{Z}\s<>:"/\\|?*#%&{}$!'@+`=]/u.test(ch) ? '_' : ch))
    .slice(0, NAME_CHARS)
    .join('')
    .replace(/^[._]+/u, '');
  const hash = createHash('sha256').update(path).digest('hex').slice(0, 12);
  return `${safe === '' ? 'document' : safe}-${hash}.html`;
}

/** The overview's link to a report: relative, with every non-ASCII or reserved character percent-encoded. */
export function reportHref(path: string): string {
  return `${REPORTS_DIR}/${encodeURIComponent(reportFileName(path))}`;
}
