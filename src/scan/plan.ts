import type { ScanTask } from './document-scanner.js';
import type { PostingsTable } from './postings-table.js';

/** An archive document as the archive index holds it. */
export interface ArchiveEntry {
  readonly id: number;
  readonly path: string;
  readonly contentHash: string;
}

export interface PlanInput {
  readonly archive: readonly ArchiveEntry[];
  /** The archive state the stored results were computed against (path → content hash). */
  readonly snapshot: ReadonlyMap<string, string>;
  /** Stored results (path → content hash of the version they were computed from). */
  readonly stored: ReadonlyMap<string, string>;
  /** Stored fingerprints of a result row (the old version of a changed or removed document). */
  readonly fingerprintsOf: (path: string) => Float64Array | null;
  readonly table: PostingsTable;
}

export interface ScanPlan {
  /** Documents to check, in path order. */
  readonly tasks: readonly ScanTask[];
  /** Stored rows that no longer hold. */
  readonly drop: readonly string[];
  /** Stored rows still valid. */
  readonly reused: number;
  /** Every stored row is stale (a removed document's old fingerprints are unknown). */
  readonly clearAll: boolean;
}

/**
 * What a run must (re)compute. A document is checked when it has no valid stored row: it is new or
 * changed, the last run stopped before it (resume), or the archive changed under it: another document
 * sharing a fingerprint with it was added, changed or removed (a source appears, a holder count moves).
 * Documents that share no fingerprint with a change cannot see it: detection only meets sources through
 * shared fingerprints. Pure.
 */
export function planScan(input: PlanInput): ScanPlan {
  const current = new Map(input.archive.map((e) => [e.path, e]));
  const changedIds = new Set<number>();
  const affected = new Set<number>();
  let clearAll = false;
  for (const entry of input.archive) {
    const before = input.snapshot.get(entry.path);
    if (before !== undefined && before !== entry.contentHash) changedIds.add(entry.id);
    if (before === undefined && input.snapshot.size > 0) changedIds.add(entry.id);
  }
  for (const [path, hash] of input.snapshot) {
    const now = current.get(path);
    if (now && now.contentHash === hash) continue;
    // The old version's fingerprints: whoever held them may have lost a source or a holder.
    if (input.stored.get(path) !== hash) {
      clearAll = true;
      continue;
    }
    const old = input.fingerprintsOf(path);
    if (!old) clearAll = true;
    else for (const h of old) affected.add(h);
  }
  const stale = new Set<number>(changedIds);
  if (!clearAll && (changedIds.size > 0 || affected.size > 0)) {
    const { hashes, starts, docs } = input.table.data;
    for (let h = 0; h < hashes.length; h++) {
      for (let r = starts[h]!; r < starts[h + 1]!; r++) if (changedIds.has(docs[r]!)) affected.add(hashes[h]!);
    }
    for (let h = 0; h < hashes.length; h++) {
      if (affected.has(hashes[h]!)) for (let r = starts[h]!; r < starts[h + 1]!; r++) stale.add(docs[r]!);
    }
  }
  const tasks: ScanTask[] = [];
  const drop: string[] = [];
  let reused = 0;
  for (const entry of input.archive) {
    const valid = !clearAll && !stale.has(entry.id) && input.stored.get(entry.path) === entry.contentHash;
    if (valid) reused++;
    else tasks.push({ id: entry.id, path: entry.path, contentHash: entry.contentHash });
  }
  for (const path of input.stored.keys()) {
    const entry = current.get(path);
    if (!entry || clearAll || stale.has(entry.id) || input.stored.get(path) !== entry.contentHash) drop.push(path);
  }
  tasks.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { tasks, drop: drop.sort(), reused, clearAll };
}
