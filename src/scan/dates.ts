/** When a document was written, as far as the archive tells, and how we know. */
export interface DocumentDate {
  /** ISO date `YYYY-MM-DD` (or `YYYY`, `YYYY-MM` when only that is known). */
  readonly date: string;
  readonly source: 'metadata' | 'file name' | 'file time';
}

/** `(2018-08-31)`, `2018.8.31`, `2018年8月31日`, `（2004年）` in a file name. */
const NAME_DATE = /(?<!\d)((?:19|20)\d{2})(?:[-._年](\d{1,2})(?:[-._月](\d{1,2})日?)?)?(?!\d)/u;

/**
 * The date of a document: from its metadata (front matter, sidecar `.json`, `.docx` properties) when
 * present, else from a date written in its file name (dated law versions: `会计法(2017-11-04).txt`),
 * else from the file's modification time, the weakest evidence (a copy of the archive resets it).
 */
export function documentDate(path: string, metaDate: string | undefined, mtimeMs: number | undefined): DocumentDate | null {
  const fromMeta = metaDate ? isoOf(metaDate) : null;
  if (fromMeta) return { date: fromMeta, source: 'metadata' };
  const name = path.slice(path.lastIndexOf('/') + 1);
  const fromName = isoOf(name);
  if (fromName) return { date: fromName, source: 'file name' };
  if (mtimeMs !== undefined && Number.isFinite(mtimeMs)) return { date: new Date(mtimeMs).toISOString().slice(0, 10), source: 'file time' };
  return null;
}

function isoOf(text: string): string | null {
  const m = NAME_DATE.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo === undefined) return y!;
  const month = Number(mo);
  if (month < 1 || month > 12) return y!;
  if (d === undefined) return `${y}-${pad(month)}`;
  const day = Number(d);
  return day >= 1 && day <= 31 ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Which of two dates is earlier: negative when `a` is, positive when `b` is, 0 when they cannot be told
 * apart (equal, or one is a year that holds the other).
 */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}
