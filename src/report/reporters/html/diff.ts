/** A run of a passage: the same in both passages, or only in this one. */
export interface DiffRun {
  readonly text: string;
  readonly same: boolean;
}

/** Past this many cells (code points × code points) the comparison is skipped: a quarter second at most. */
const MAX_CELLS = 4_000_000;

/**
 * The differences between two passages by code point: a longest common subsequence (the classic
 * dynamic programme, Wagner–Fischer 1974), each side cut into runs kept in common and runs only on
 * that side. Null when the passages are too long to compare.
 */
export function diffPassages(a: string, b: string): { a: DiffRun[]; b: DiffRun[] } | null {
  const x = [...a];
  const y = [...b];
  const n = x.length;
  const m = y.length;
  if (n * m > MAX_CELLS) return null;
  const width = m + 1;
  const table = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = x[i] === y[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const left: boolean[] = new Array<boolean>(n).fill(false);
  const right: boolean[] = new Array<boolean>(m).fill(false);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (x[i] === y[j]) {
      left[i++] = true;
      right[j++] = true;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return { a: runs(x, left), b: runs(y, right) };
}

function runs(chars: readonly string[], same: readonly boolean[]): DiffRun[] {
  const out: DiffRun[] = [];
  for (let i = 0; i < chars.length; ) {
    let j = i;
    while (j < chars.length && same[j] === same[i]) j++;
    out.push({ text: chars.slice(i, j).join(''), same: same[i]! });
    i = j;
  }
  return out;
}
